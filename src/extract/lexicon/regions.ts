/**
 * Regions and territories that are neither countries nor cities but are places in
 * the news. Curated general knowledge with approximate centroids; `countryCode` when
 * the region lies within one country.
 */
export interface RegionEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: "region" | "territory";
  readonly countryCode: string | null;
  readonly latitude: number;
  readonly longitude: number;
}

// name | aliases | kind | country | lat | lng
const TABLE = `
Middle East||region||29.0|41.0
Gaza Strip|Gaza|territory|PS|31.42|34.36
West Bank|occupied West Bank|territory|PS|31.95|35.25
East Jerusalem||territory|PS|31.78|35.24
Palestinian territories|occupied Palestinian territories|territory|PS|31.9|35.2
Golan Heights|Golan|territory||33.0|35.75
Sinai|Sinai Peninsula|region|EG|29.5|33.8
Donbas|Donbass|region|UA|48.0|38.0
Crimea|Crimean Peninsula|territory|UA|45.3|34.4
Kashmir||region||34.0|76.0
Sahel||region||15.0|5.0
Balkans||region||43.0|21.0
Caucasus||region||42.5|44.0
Horn of Africa||region||8.0|45.0
East Africa|Eastern Africa|region||1.0|38.0
West Africa|Western Africa|region||12.0|-2.0
North Africa|Northern Africa|region||28.0|10.0
Southern Africa||region||-25.0|25.0
Sub-Saharan Africa||region||0.0|20.0
Latin America||region||-10.0|-60.0
Central America||region||13.0|-86.0
South America||region||-15.0|-60.0
North America||region||45.0|-100.0
Southeast Asia||region||5.0|110.0
Central Asia||region||43.0|65.0
Europe||region||50.0|10.0
Africa||region||2.0|20.0
Asia||region||34.0|100.0
Western Sahara||territory|EH|24.5|-13.0
Tigray||region|ET|14.0|39.0
Darfur||region|SD|13.5|24.0
Kurdistan||region||36.5|44.0
Nagorno-Karabakh|Karabakh|region|AZ|39.9|46.7
Persian Gulf|the Gulf|region||27.0|51.0
Red Sea||region||20.0|38.5
Black Sea||region||43.0|35.0
South China Sea||region||12.0|113.0
East China Sea||region||29.0|125.0
Baltic Sea||region||58.0|20.0
Mediterranean Sea||region||35.0|18.0
Arabian Sea||region||14.0|65.0
Gulf of Aden||region||12.5|48.0
Indian Ocean||region||-20.0|80.0
Pacific Ocean||region||0.0|-160.0
Atlantic Ocean||region||0.0|-30.0
Taiwan Strait||region||24.0|119.5
Korean Peninsula||region||37.5|127.5
Arctic||region||80.0|0.0
Eastern Europe||region||50.0|30.0
Western Europe||region||48.0|5.0
Central Europe||region||49.0|15.0
South Asia||region||22.0|78.0
East Asia||region||35.0|120.0
Scandinavia||region||62.0|15.0
Amazon|Amazon rainforest|region|BR|-3.5|-62.0
`;

export const REGIONS: readonly RegionEntry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases = "", kind = "region", cc = "", lat = "0", lng = "0"] = line.split("|");
    return {
      name,
      aliases: aliases ? aliases.split(",") : [],
      kind: kind === "territory" ? "territory" : "region",
      countryCode: cc || null,
      latitude: Number(lat),
      longitude: Number(lng),
    };
  });
