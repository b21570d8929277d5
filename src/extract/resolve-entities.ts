import type { Gazetteer } from "./gazetteer.js";
import { NICKNAMES } from "./lexicon/names.js";
import { NATIONAL_MILITARIES, namesOneBody } from "./lexicon/organizations.js";
import type { Institution, MentionCandidate } from "./mentions/index.js";
import type { LocalEntity, Mention } from "./model.js";
import { foldName, stripAccents } from "./normalize.js";
import { tokenKey } from "./tokens.js";

export interface ResolvedEntities {
  readonly mentions: Mention[];
  readonly entities: Map<string, LocalEntity>;
}

export function givenNameKey(name: string): string {
  const key = tokenKey(name);
  return NICKNAMES[key] ?? key;
}

export function personKey(family: string, given: string | null): string {
  return `person:${family}|${given ?? ""}`;
}

interface EntitySeed {
  readonly key: string;
  readonly kind: LocalEntity["kind"];
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly placeKind?: LocalEntity["placeKind"];
  readonly countryCode?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly category?: LocalEntity["category"];
  readonly familyName?: string | null;
  readonly givenName?: string | null;
  readonly nameParts?: readonly string[];
}

// Every word capitalised but the joining ones: "Ministry of Foreign and Diaspora Affairs".
const PROPER_NAME_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}.'’-]*)*$/u;

// The gazetteer keeps names without accents; the text may write them ("Épinal").
const NON_ASCII_RE = /[^\x20-\x7e]/;

/** The name as the text writes it when only its accents tell it from the gazetteer's. */
function accentedName(surface: string, name: string): string {
  return NON_ASCII_RE.test(surface) && stripAccents(surface) === name ? surface : name;
}

/** The entity a gazetteer-backed or institution mention stands for; null for persons. */
function seedOf(c: MentionCandidate, gazetteer: Gazetteer, articleId: string): EntitySeed | null {
  const e = c.entry;
  if (e?.type === "country" || e?.type === "demonym") {
    const country = e.country;
    return {
      key: `country:${country.code}`,
      kind: "country",
      name: country.name,
      aliases: e.type === "country" ? [c.surface] : [],
      placeKind: "country",
      countryCode: country.code,
      latitude: country.latitude,
      longitude: country.longitude,
    };
  }
  if (e?.type === "region") {
    return {
      key: `place:region:${foldName(e.region.name)}`,
      kind: "place",
      name: e.region.name,
      aliases: [...e.region.aliases, c.surface],
      placeKind: e.region.kind,
      countryCode: e.region.countryCode,
      latitude: e.region.latitude,
      longitude: e.region.longitude,
    };
  }
  if (e?.type === "city") {
    return {
      key: `place:city:${e.city.geonameId}`,
      kind: "place",
      name: accentedName(c.surface, e.city.name),
      aliases: [c.surface],
      placeKind: "city",
      countryCode: e.city.countryCode,
      latitude: e.city.latitude,
      longitude: e.city.longitude,
    };
  }
  if (e?.type === "organization") {
    return {
      key: `org:${foldName(e.org.name)}`,
      kind: "organization",
      name: e.org.name,
      aliases: [...e.org.aliases, c.surface],
      countryCode: e.org.countryCode,
      category: e.org.category,
    };
  }
  if (c.institution) {
    const { countryCode, head, category } = c.institution;
    const country = countryCode ? gazetteer.countriesByCode.get(countryCode) : undefined;
    if (!country) {
      // An unqualified ministry is only known to be the same within its article.
      return {
        key: `org:${foldName(head)}@${articleId}`,
        kind: "organization",
        name: head,
        aliases: [c.surface],
        category: "government",
      };
    }
    const demonym = country.demonyms[0] ?? country.name;
    // "U.S. and Israeli governments": the first country's mention is the country alone.
    const bare = [country.name, ...country.aliases, ...country.demonyms].includes(c.surface);
    const surface = bare ? `${c.surface} ${head}` : c.surface.replace(/governments$/i, "government");
    if (head === "military") {
      const proper = NATIONAL_MILITARIES[country.code];
      return {
        key: `org:${country.code}:military`,
        kind: "organization",
        name: proper ?? `${demonym} military`,
        aliases: [
          surface,
          `${demonym} military`,
          `${demonym} forces`,
          `${demonym} armed forces`,
          `${demonym} army`,
        ],
        countryCode: country.code,
        category: "military",
      };
    }
    // "Kenya Ports Authority", "Philippine Coast Guard": the name as the text writes it.
    const proper =
      category !== "government" &&
      !bare &&
      !/['’]s\b/.test(c.surface) &&
      foldName(c.surface) !== foldName(head) &&
      PROPER_NAME_RE.test(c.surface);
    // "Azerbaijani Foreign Ministry", but "Kenya Police", "Ghana Electoral Commission".
    const adjectival = category !== "government" || head.endsWith("Ministry");
    let name = adjectival ? `${demonym} ${head}` : `${country.name} ${head}`;
    if (head === "government") name = `${country.name} government`;
    else if (proper) name = c.surface;
    return {
      key: `org:${country.code}:${foldName(head)}`,
      kind: "organization",
      name,
      aliases: [
        surface,
        `${demonym} ${head}`,
        `${country.name} ${head}`,
        ...(category === null ? [head] : []),
        ...(head === "government" ? [`Government of ${country.name}`] : []),
      ],
      countryCode: country.code,
      category,
    };
  }
  if (c.kind === "place" && c.placeKind) {
    // A named building, or a town the text introduces, that the gazetteer does not know; one
    // place by name, whether the text calls it a town or a district ("Kitgum district").
    const name = placeName(c);
    return {
      key: `place:${foldName(name)}`,
      kind: "place",
      name,
      aliases: [name],
      placeKind: c.placeKind,
    };
  }
  if (c.kind === "organization" && c.nameTokens.length !== 1) {
    return { key: `org:${foldName(c.surface)}`, kind: "organization", name: c.surface, aliases: [c.surface] };
  }
  return null;
}

const placeName = (c: MentionCandidate): string => c.surface.replace(/['’]s$/, "");

/** A name the text introduces as a place or a body, not one the gazetteer or a country gives. */
function introducesName(c: MentionCandidate): boolean {
  if (c.entry || c.institution || c.administrationOf !== null) return false;
  return (
    (c.kind === "place" && c.placeKind !== null) || (c.kind === "organization" && c.nameTokens.length !== 1)
  );
}

/**
 * A name the text introduces as a place ("Puerto Nuevo, a city of …", "the town of Kitgum") or
 * as a body ("employers' group Offshore Norge") is that place or body wherever else it appears
 * without a person's cue, and where a preposition only suggested a place ("in Puerto Nuevo");
 * such suggestions alone name nothing.
 */
function kindsByName(candidates: readonly MentionCandidate[]): readonly MentionCandidate[] {
  const introduced = new Map<string, MentionCandidate>();
  for (const c of candidates) if (introducesName(c)) introduced.set(placeName(c), c);
  if (introduced.size === 0) return candidates;
  return candidates.map((c) => {
    const maybe =
      (c.kind === "person" && c.cue !== "title" && c.cue !== "given-name") ||
      (c.kind === "place" && !c.placeKind && !c.entry);
    const named = maybe ? introduced.get(placeName(c)) : undefined;
    return named ? { ...c, kind: named.kind, placeKind: named.placeKind, nameTokens: [], cue: "none" } : c;
  });
}

/** "DFAT" for "Department of Foreign Affairs and Trade": the initials of a name's capitalised words, lower case. */
function initialsOf(name: string): string {
  const capitalised = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length < 2 ? "" : capitalised.map((w) => w.charAt(0).toLowerCase()).join("");
}

function upsert(entities: Map<string, LocalEntity>, seed: EntitySeed): LocalEntity {
  let entity = entities.get(seed.key);
  if (!entity) {
    entity = {
      key: seed.key,
      kind: seed.kind,
      name: seed.name,
      aliases: new Set(),
      placeKind: seed.placeKind ?? null,
      countryCode: seed.countryCode ?? null,
      latitude: seed.latitude ?? null,
      longitude: seed.longitude ?? null,
      category: seed.category ?? null,
      roles: new Set(),
      familyName: seed.familyName ?? null,
      givenName: seed.givenName ?? null,
      nameParts: seed.nameParts ?? [],
    };
    entities.set(seed.key, entity);
  }
  for (const alias of seed.aliases ?? []) if (alias && alias !== entity.name) entity.aliases.add(alias);
  return entity;
}

// Heads are compared in lower case only: folding every organisation mention is costly.
const headKey = (head: string): string => head.toLowerCase();
const institutionKey = (i: Institution): string => `${i.countryCode ?? ""}:${headKey(i.head)}`;

/**
 * Gives a body named without its country ("the Foreign Ministry", "the Coast Guard",
 * "the Ministry of Mines", "Congress") the country of the same body named with one in the article,
 * the nearest before it; drops an institution noun that names no body alone, and a
 * country's institution that only ever describes a thing ("an Indian navy frigate").
 */
function qualifyInstitutions(candidates: readonly MentionCandidate[]): MentionCandidate[] {
  const qualified = new Map<string, MentionCandidate[]>();
  for (const c of candidates) {
    if (!c.institution?.countryCode) continue;
    const head = headKey(c.institution.head);
    qualified.set(head, [...(qualified.get(head) ?? []), c]);
  }
  const out: MentionCandidate[] = [];
  for (const c of candidates) {
    const inst = c.institution;
    const unqualified =
      c.administrationOf === null &&
      (inst
        ? inst.countryCode === null
        : qualified.size > 0 && c.kind === "organization" && c.nameTokens.length !== 1);
    if (!unqualified) {
      out.push(c);
      continue;
    }
    const same = qualified.size > 0 ? (qualified.get(headKey(inst?.head ?? c.surface)) ?? []) : [];
    const target = same.filter((q) => q.start <= c.start).pop() ?? same[0];
    if (target?.institution) out.push({ ...c, entry: null, institution: target.institution });
    else if (!inst || namesOneBody(inst.head)) out.push(c);
  }
  const acting = new Set<string>();
  for (const c of out) if (c.institution?.countryCode && c.acting) acting.add(institutionKey(c.institution));
  return out.filter((c) => !c.institution?.countryCode || acting.has(institutionKey(c.institution)));
}

/**
 * Resolves the article's mentions to entities: gazetteer entries to their entry,
 * full person names to one person per family and given name, and short forms
 * ("Biden", "President Biden", a glued "dNetanyahu") to the person they shorten.
 * Short forms that match nobody and carry no cue are dropped.
 */
export function resolveEntities(
  all: readonly MentionCandidate[],
  gazetteer: Gazetteer,
  articleId: string,
): ResolvedEntities {
  const candidates = qualifyInstitutions(kindsByName(all));
  const entities = new Map<string, LocalEntity>();
  const resolved: (Mention | null)[] = candidates.map(() => null);
  const toMention = (c: MentionCandidate, key: string, kind: LocalEntity["kind"]): Mention => ({
    sentence: c.sentence,
    start: c.start,
    end: c.end,
    surface: c.surface,
    kind,
    key,
    inQuote: c.inQuote,
    qualifier: c.qualifier,
  });
  // Names the text gives an entity besides its own: "(NSC)", "known as the Quai d'Orsay".
  const definedNames = new Map<string, string>();
  const fullNames = new Map<string, Map<string, number>>();

  // Entities named by the gazetteer or by institution patterns; full person names.
  candidates.forEach((c, i) => {
    if (c.administrationOf !== null) return;
    if (c.kind !== "person") {
      const seed = seedOf(c, gazetteer, articleId);
      if (!seed) return;
      const entity = upsert(entities, seed);
      if (c.definedName) {
        entity.aliases.add(c.definedName);
        definedNames.set(tokenKey(c.definedName), entity.key);
      }
      resolved[i] = toMention(c, entity.key, entity.kind);
      return;
    }
    if (c.nameTokens.length < 2) return;
    const family = tokenKey(c.nameTokens[c.nameTokens.length - 1] ?? "");
    const given = givenNameKey(c.nameTokens[0] ?? "");
    const key = personKey(family, given);
    const entity = upsert(entities, {
      key,
      kind: "person",
      name: c.nameTokens.join(" "),
      familyName: family,
      givenName: given,
      nameParts: c.nameTokens.map(tokenKey),
    });
    const display = c.surface.replace(/['’]s$/, "");
    const counts = fullNames.get(key) ?? new Map<string, number>();
    counts.set(display, (counts.get(display) ?? 0) + 1);
    fullNames.set(key, counts);
    entity.aliases.add(display);
    if (c.role) entity.roles.add(c.role);
    if (c.countryCode) entity.countryCode ??= c.countryCode;
    resolved[i] = toMention(c, key, "person");
  });

  // The displayed name of a person: the full form the article uses most.
  for (const [key, counts] of fullNames) {
    const entity = entities.get(key);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
    if (entity && best) {
      entity.name = best[0].replace(/\s+(?:Jr|Sr)\.?$/, "").replace(/,$/, "");
      entity.aliases.add(best[0]);
    }
  }

  const persons = [...entities.values()].filter((e) => e.kind === "person");
  // Organisations and places by their single-word names, for the bare word later in the text.
  const named = new Map<string, string>();
  const byLastWord = new Map<string, LocalEntity>();
  // "DFAT said" after "the Department of Foreign Affairs and Trade": an acronym the text never defines.
  const byInitials = new Map<string, LocalEntity>();
  for (const e of entities.values()) {
    if (e.kind === "person") continue;
    for (const n of [e.name, ...e.aliases]) if (!n.includes(" ")) named.set(tokenKey(n), e.key);
    if (e.kind !== "organization") continue;
    const last = tokenKey(e.name.slice(e.name.lastIndexOf(" ") + 1));
    if (!byLastWord.has(last)) byLastWord.set(last, e);
    const initials = initialsOf(e.name);
    if (initials && !byInitials.has(initials)) byInitials.set(initials, e);
  }
  const lastSeen = new Map<string, number>();
  candidates.forEach((c, i) => {
    const m = resolved[i];
    if (m?.kind === "person") lastSeen.set(m.key, Math.max(lastSeen.get(m.key) ?? -1, c.start));
  });

  // Short forms: a family name or a given name of one of the article's people.
  candidates.forEach((c, i) => {
    if (resolved[i]) return;
    if (c.administrationOf !== null) {
      const family = tokenKey(c.administrationOf);
      const leader = persons.find((p) => p.familyName === family);
      const seed =
        leader?.countryCode != null
          ? seedOf(
              {
                ...c,
                institution: { countryCode: leader.countryCode, head: "government", category: "government" },
              },
              gazetteer,
              articleId,
            )
          : { key: `org:${foldName(c.surface)}`, kind: "organization" as const, name: c.surface };
      if (!seed) return;
      const entity = upsert(entities, seed);
      entity.aliases.add(c.surface);
      resolved[i] = toMention(c, entity.key, "organization");
      return;
    }
    if (c.nameTokens.length !== 1) return;
    const word = c.nameTokens[0] ?? "";
    const key = tokenKey(word);
    const defined = definedNames.get(key);
    if (defined) {
      resolved[i] = toMention(c, defined, entities.get(defined)?.kind ?? "organization");
      return;
    }
    if (c.kind === "organization") {
      // "the Commission": the article's organisation whose name ends with the word.
      const acronym = word === word.toUpperCase() ? byInitials.get(key) : undefined;
      acronym?.aliases.add(word);
      const org =
        acronym ??
        byLastWord.get(key) ??
        (c.cue === "none"
          ? undefined
          : upsert(entities, { key: `org:${key}`, kind: "organization", name: word }));
      if (org) resolved[i] = toMention(c, org.key, "organization");
      return;
    }
    if (c.kind !== "person") return;
    let matches = persons.filter((p) => p.familyName === key);
    if (matches.length === 0) matches = persons.filter((p) => p.givenName === givenNameKey(word));
    if (matches.length === 0) matches = persons.filter((p) => p.nameParts.includes(key));
    let target: LocalEntity | undefined;
    if (matches.length === 1) target = matches[0];
    else if (matches.length > 1) {
      // Two people share the name: the one mentioned last before this point.
      target = [...matches].sort((a, b) => {
        const la = lastSeen.get(a.key) ?? -1;
        const lb = lastSeen.get(b.key) ?? -1;
        const before = (x: number): number => (x <= c.start ? x : -1);
        return before(lb) - before(la);
      })[0];
    }
    // "in Kilifi" after "Kilifi County", "Fedecafé said" after "the federation, Fedecafé,".
    const place = target ? undefined : named.get(key);
    if (place) {
      resolved[i] = toMention(c, place, entities.get(place)?.kind ?? "place");
      return;
    }
    if (!target && (c.cue === "title" || c.cue === "speech" || c.cue === "appositive")) {
      target = upsert(entities, {
        key: personKey(key, null),
        kind: "person",
        name: word,
        familyName: key,
        givenName: null,
        nameParts: [key],
      });
    }
    if (!target) return;
    if (c.role) target.roles.add(c.role);
    if (c.countryCode) target.countryCode ??= c.countryCode;
    if (c.surface !== target.name) target.aliases.add(c.surface.replace(/['’]s$/, ""));
    resolved[i] = toMention(c, target.key, "person");
  });

  const mentions = resolved.filter((m): m is Mention => m !== null);
  const capitals = new Set<string>();
  for (const c of candidates)
    if (c.entry?.type === "city" && c.entry.city.capital) capitals.add(c.entry.city.name);
  mergeNewCities(entities, mentions, capitals);
  return { mentions, entities };
}

// Degrees of latitude and longitude within which "X" and "New X" are one city.
const SAME_CITY_DEGREES = 0.5;

/**
 * "Delhi" and "New Delhi" in one article: one city, the capital. Only a capital absorbs
 * its namesake: New Taipei and Taipei are two cities.
 */
function mergeNewCities(
  entities: Map<string, LocalEntity>,
  mentions: Mention[],
  capitals: ReadonlySet<string>,
): void {
  const cities = [...entities.values()].filter((e) => e.placeKind === "city");
  for (const city of cities) {
    const full = cities.find(
      (e) =>
        e.name === `New ${city.name}` &&
        capitals.has(e.name) &&
        e.countryCode === city.countryCode &&
        Math.abs((e.latitude ?? 0) - (city.latitude ?? 0)) < SAME_CITY_DEGREES &&
        Math.abs((e.longitude ?? 0) - (city.longitude ?? 0)) < SAME_CITY_DEGREES,
    );
    if (!full) continue;
    full.aliases.add(city.name);
    for (const alias of city.aliases) full.aliases.add(alias);
    for (const m of mentions) if (m.key === city.key) m.key = full.key;
    entities.delete(city.key);
  }
}
