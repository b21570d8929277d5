/**
 * A seeded, synthetic but realistic extraction document, for benchmarks of the import, the
 * API and the visualisations: what `newsgraph extract` would produce for a large news corpus.
 *
 * - Actors have a skewed popularity (a few heads of state appear in thousands of articles,
 *   most people in a handful), with titles, aliases and countries; countries act as actors too.
 * - Places are real countries and cities (with coordinates), cities within their country.
 * - Happenings (calls, meetings, visits, statements, attacks, aid deliveries, …) are spread over
 *   two years; popular ones are reported by several articles, so the document's events carry
 *   several articles each (the cross-article merge has happened, as in the extractor's output).
 * - Most events are dated to the day, some only to the month, some not at all; quotes are dated
 *   with their statement and attributed to one of its participants.
 *
 * The same `{articles, seed}` always gives the same document. Every id starts with
 * `synthetic-`, so a benchmark can tell a synthetic graph from real data.
 */
import type {
  ActorRecord,
  ArticleRecord,
  DatePrecision,
  EventRecord,
  Evidence,
  ExtractionDocument,
  Participant,
  PlaceRecord,
  QuoteRecord,
} from "../src/domain/types.js";

export interface SyntheticCorpusOptions {
  readonly articles: number;
  readonly seed: number;
}

export const SYNTHETIC_ID_PREFIX = "synthetic-";

/** mulberry32: small, fast and reproducible. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  readonly next: () => number;
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
  /** An index in [0, n) with Zipf-like skew: small indexes are far more likely. */
  readonly skewed: (n: number) => number;
}

export function random(seed: number): Random {
  const next = randomSource(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    skewed: (n) => Math.min(n - 1, Math.floor(n * next() ** 2.5)),
  };
}

/** Country, ISO code, latitude, longitude, and cities with coordinates. */
export const COUNTRIES: readonly (readonly [
  string,
  string,
  number,
  number,
  readonly (readonly [string, number, number])[],
])[] = [
  [
    "United States",
    "US",
    39.8,
    -98.6,
    [
      ["Washington", 38.9, -77.04],
      ["New York", 40.71, -74.01],
      ["Chicago", 41.88, -87.63],
    ],
  ],
  [
    "Israel",
    "IL",
    31.5,
    34.8,
    [
      ["Jerusalem", 31.77, 35.21],
      ["Tel Aviv", 32.09, 34.78],
      ["Ashdod", 31.8, 34.65],
    ],
  ],
  [
    "Egypt",
    "EG",
    26.8,
    30.8,
    [
      ["Cairo", 30.04, 31.24],
      ["Alexandria", 31.2, 29.92],
      ["Rafah", 31.28, 34.25],
    ],
  ],
  ["Qatar", "QA", 25.35, 51.18, [["Doha", 25.29, 51.53]]],
  ["Jordan", "JO", 30.59, 36.24, [["Amman", 31.95, 35.93]]],
  [
    "Turkey",
    "TR",
    38.96,
    35.24,
    [
      ["Ankara", 39.93, 32.86],
      ["Istanbul", 41.01, 28.98],
    ],
  ],
  [
    "Ukraine",
    "UA",
    48.38,
    31.17,
    [
      ["Kyiv", 50.45, 30.52],
      ["Kharkiv", 49.99, 36.23],
      ["Odesa", 46.48, 30.72],
    ],
  ],
  [
    "Russia",
    "RU",
    61.52,
    105.32,
    [
      ["Moscow", 55.76, 37.62],
      ["St Petersburg", 59.93, 30.34],
    ],
  ],
  [
    "France",
    "FR",
    46.23,
    2.21,
    [
      ["Paris", 48.86, 2.35],
      ["Marseille", 43.3, 5.37],
    ],
  ],
  [
    "Germany",
    "DE",
    51.17,
    10.45,
    [
      ["Berlin", 52.52, 13.4],
      ["Munich", 48.14, 11.58],
    ],
  ],
  [
    "United Kingdom",
    "GB",
    55.38,
    -3.44,
    [
      ["London", 51.51, -0.13],
      ["Manchester", 53.48, -2.24],
    ],
  ],
  [
    "China",
    "CN",
    35.86,
    104.2,
    [
      ["Beijing", 39.9, 116.41],
      ["Shanghai", 31.23, 121.47],
    ],
  ],
  [
    "Japan",
    "JP",
    36.2,
    138.25,
    [
      ["Tokyo", 35.68, 139.69],
      ["Osaka", 34.69, 135.5],
    ],
  ],
  [
    "India",
    "IN",
    20.59,
    78.96,
    [
      ["New Delhi", 28.61, 77.21],
      ["Mumbai", 19.08, 72.88],
    ],
  ],
  [
    "Brazil",
    "BR",
    -14.24,
    -51.93,
    [
      ["Brasilia", -15.79, -47.88],
      ["Sao Paulo", -23.55, -46.63],
    ],
  ],
  [
    "South Africa",
    "ZA",
    -30.56,
    22.94,
    [
      ["Pretoria", -25.75, 28.19],
      ["Johannesburg", -26.2, 28.05],
    ],
  ],
  [
    "Nigeria",
    "NG",
    9.08,
    8.68,
    [
      ["Abuja", 9.06, 7.5],
      ["Lagos", 6.52, 3.38],
    ],
  ],
  ["Kenya", "KE", -0.02, 37.91, [["Nairobi", -1.29, 36.82]]],
  [
    "Saudi Arabia",
    "SA",
    23.89,
    45.08,
    [
      ["Riyadh", 24.71, 46.68],
      ["Jeddah", 21.49, 39.19],
    ],
  ],
  ["Iran", "IR", 32.43, 53.69, [["Tehran", 35.69, 51.39]]],
  [
    "Iraq",
    "IQ",
    33.22,
    43.68,
    [
      ["Baghdad", 33.31, 44.36],
      ["Erbil", 36.19, 44.01],
    ],
  ],
  [
    "Syria",
    "SY",
    34.8,
    38.99,
    [
      ["Damascus", 33.51, 36.29],
      ["Aleppo", 36.2, 37.13],
    ],
  ],
  ["Lebanon", "LB", 33.85, 35.86, [["Beirut", 33.89, 35.5]]],
  ["Poland", "PL", 51.92, 19.15, [["Warsaw", 52.23, 21.01]]],
  [
    "Italy",
    "IT",
    41.87,
    12.57,
    [
      ["Rome", 41.9, 12.5],
      ["Milan", 45.46, 9.19],
    ],
  ],
  [
    "Spain",
    "ES",
    40.46,
    -3.75,
    [
      ["Madrid", 40.42, -3.7],
      ["Barcelona", 41.39, 2.17],
    ],
  ],
  [
    "Canada",
    "CA",
    56.13,
    -106.35,
    [
      ["Ottawa", 45.42, -75.7],
      ["Toronto", 43.65, -79.38],
    ],
  ],
  ["Mexico", "MX", 23.63, -102.55, [["Mexico City", 19.43, -99.13]]],
  [
    "Australia",
    "AU",
    -25.27,
    133.78,
    [
      ["Canberra", -35.28, 149.13],
      ["Sydney", -33.87, 151.21],
    ],
  ],
  ["South Korea", "KR", 35.91, 127.77, [["Seoul", 37.57, 126.98]]],
  ["Indonesia", "ID", -0.79, 113.92, [["Jakarta", -6.21, 106.85]]],
  [
    "Pakistan",
    "PK",
    30.38,
    69.35,
    [
      ["Islamabad", 33.68, 73.05],
      ["Karachi", 24.86, 67.01],
    ],
  ],
  ["Ethiopia", "ET", 9.15, 40.49, [["Addis Ababa", 9.03, 38.74]]],
  ["Sudan", "SD", 12.86, 30.22, [["Khartoum", 15.5, 32.56]]],
  ["Argentina", "AR", -38.42, -63.62, [["Buenos Aires", -34.6, -58.38]]],
  ["Venezuela", "VE", 6.42, -66.59, [["Caracas", 10.48, -66.9]]],
];

const TERRITORIES: readonly (readonly [string, string, number, number])[] = [
  ["Gaza", "PS", 31.42, 34.36],
  ["West Bank", "PS", 31.95, 35.3],
  ["Crimea", "UA", 45.3, 34.4],
  ["Donbas", "UA", 48.0, 37.8],
];

export const FIRST_NAMES = [
  "Anna",
  "David",
  "Maria",
  "John",
  "Fatima",
  "Ahmed",
  "Olena",
  "Sergei",
  "Li",
  "Wei",
  "Priya",
  "Rahul",
  "Carlos",
  "Lucia",
  "Kwame",
  "Amara",
  "Yuki",
  "Hiroshi",
  "Ingrid",
  "Lars",
  "Sofia",
  "Marco",
  "Leila",
  "Omar",
  "Noa",
  "Yosef",
  "Elena",
  "Pierre",
  "Claire",
  "Hans",
  "Greta",
  "James",
  "Emily",
  "Daniel",
  "Sarah",
  "Mohammed",
  "Aisha",
  "Ivan",
  "Natalia",
  "Jorge",
  "Ana",
  "Chen",
  "Mei",
  "Arjun",
  "Kavya",
  "Tomasz",
  "Zofia",
  "Abdul",
  "Samira",
  "Kofi",
  "Ngozi",
  "Mateo",
  "Valentina",
  "Hassan",
  "Rania",
];
export const LAST_NAMES = [
  "Novak",
  "Haddad",
  "Kowalski",
  "Petrenko",
  "Ivanova",
  "Zhang",
  "Wang",
  "Sharma",
  "Gupta",
  "Silva",
  "Santos",
  "Mensah",
  "Okafor",
  "Tanaka",
  "Sato",
  "Larsen",
  "Berg",
  "Rossi",
  "Bianchi",
  "Khalil",
  "Mansour",
  "Cohen",
  "Levi",
  "Dubois",
  "Laurent",
  "Muller",
  "Schmidt",
  "Smith",
  "Johnson",
  "Brown",
  "Garcia",
  "Martinez",
  "Rahman",
  "Hussein",
  "Volkov",
  "Sokolov",
  "Fernandez",
  "Lopez",
  "Chen",
  "Kumar",
  "Nowak",
  "Wisniewski",
  "Boateng",
  "Adeyemi",
  "Moreno",
  "Romero",
  "Nasser",
  "Aziz",
  "Kim",
  "Park",
  "Nguyen",
  "Tran",
  "Osei",
  "Abebe",
  "Haile",
  "Costa",
  "Pereira",
  "Yilmaz",
  "Demir",
];
export const TITLES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "spokesperson",
  "ambassador",
  "envoy",
  "army chief",
  "opposition leader",
  "mayor",
  "governor",
  "UN envoy",
  "aid official",
];
const ORGANISATION_PATTERNS: readonly ((country: string) => readonly [string, string])[] = [
  (c) => [`${c} Foreign Ministry`, "Foreign Ministry"],
  (c) => [`${c} Defence Ministry`, "Defence Ministry"],
  (c) => [`${c} Health Ministry`, "Health Ministry"],
  (c) => [`${c} Armed Forces`, "the army"],
  (c) => [`${c} Red Crescent`, "Red Crescent"],
];
export const GLOBAL_ORGANISATIONS: readonly (readonly [string, string])[] = [
  ["United Nations", "UN"],
  ["World Health Organization", "WHO"],
  ["World Food Programme", "WFP"],
  ["International Committee of the Red Cross", "ICRC"],
  ["European Union", "EU"],
  ["NATO", "North Atlantic Treaty Organization"],
  ["African Union", "AU"],
  ["Arab League", "League of Arab States"],
  ["World Central Kitchen", "WCK"],
  ["Amnesty International", "Amnesty"],
  ["Human Rights Watch", "HRW"],
  ["International Monetary Fund", "IMF"],
];
export const OUTLETS = [
  "Reuters",
  "Associated Press",
  "AFP",
  "BBC News",
  "Al Jazeera",
  "The Guardian",
  "Le Monde",
  "DW",
];

/** Our event types with a CAMEO code, how many participants they take, and their verb. */
const EVENT_KINDS: readonly {
  type: string;
  cameo: string;
  actors: readonly [number, number];
  verb: string;
  weight: number;
}[] = [
  { type: "call", cameo: "040", actors: [2, 2], verb: "spoke by phone with", weight: 5 },
  { type: "meeting", cameo: "043", actors: [2, 4], verb: "met", weight: 5 },
  { type: "visit", cameo: "042", actors: [1, 2], verb: "visited", weight: 3 },
  { type: "statement", cameo: "010", actors: [1, 1], verb: "said", weight: 6 },
  { type: "appeal", cameo: "020", actors: [1, 2], verb: "appealed to", weight: 2 },
  { type: "agreement", cameo: "057", actors: [2, 3], verb: "signed an agreement with", weight: 1 },
  { type: "aid delivery", cameo: "073", actors: [1, 1], verb: "delivered aid", weight: 2 },
  { type: "protest", cameo: "141", actors: [1, 1], verb: "protested against", weight: 1 },
  { type: "sanction", cameo: "163", actors: [2, 2], verb: "imposed sanctions on", weight: 1 },
  { type: "attack", cameo: "190", actors: [1, 2], verb: "attacked", weight: 3 },
];
export const QUOTE_PHRASES = [
  "we will continue to work for a lasting peace",
  "the humanitarian situation is unacceptable",
  "there can be no ceasefire without the release of the hostages",
  "our doors remain open to dialogue",
  "this is a work in progress",
  "we do not agree on everything, but there are common points",
  "the aid getting in is still just a trickle",
  "we condemn this attack in the strongest terms",
  "civilians must be protected",
  "we are at the beginning of this conversation, not the end",
  "the sanctions will stay until the troops withdraw",
  "our support is unwavering",
];

const START_DAY = Date.UTC(2023, 0, 1);
const DAYS = 730;

function isoDay(offset: number): string {
  return new Date(START_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "");
}

interface Happening {
  readonly id: string;
  readonly kind: (typeof EVENT_KINDS)[number];
  readonly day: number;
  readonly precision: DatePrecision | null;
  readonly roles: readonly Participant[];
  readonly places: readonly string[];
  readonly summary: string;
  readonly articles: string[];
  readonly evidence: Evidence[];
  readonly quotes: string[];
}

/** Builds a reproducible synthetic extraction document of `articles` articles. */
export function generateSyntheticDocument({
  articles: articleCount,
  seed,
}: SyntheticCorpusOptions): ExtractionDocument {
  const rng = random(seed);
  const id = (kind: string, key: string) => `${SYNTHETIC_ID_PREFIX}${kind}-${key}`;

  // Places: countries, their cities, territories.
  const places: (PlaceRecord & { articles: string[]; mentions: Evidence[] })[] = [];
  const cityIdsByCountry = new Map<string, string[]>();
  for (const [name, code, latitude, longitude, cities] of COUNTRIES) {
    const countryId = id("place", slug(name));
    places.push({
      id: countryId,
      name,
      kind: "country",
      aliases: [],
      countryCode: code,
      latitude,
      longitude,
      within: null,
      articles: [],
      mentions: [],
    });
    const cityIds = cities.map(([city, lat, lon]) => {
      const cityId = id("place", slug(`${city}-${code}`));
      places.push({
        id: cityId,
        name: city,
        kind: "city",
        aliases: [],
        countryCode: code,
        latitude: lat,
        longitude: lon,
        within: countryId,
        articles: [],
        mentions: [],
      });
      return cityId;
    });
    cityIdsByCountry.set(code, cityIds);
  }
  for (const [name, code, latitude, longitude] of TERRITORIES) {
    places.push({
      id: id("place", slug(name)),
      name,
      kind: "territory",
      aliases: [],
      countryCode: code,
      latitude,
      longitude,
      within: null,
      articles: [],
      mentions: [],
    });
  }
  const placeById = new Map(places.map((p) => [p.id, p]));

  // Actors, most popular first (the skewed picks favour low indexes).
  const actors: (ActorRecord & {
    articles: string[];
    mentions: Evidence[];
    roles: { role: string; article: string }[];
  })[] = [];
  const personCount = Math.max(200, Math.round(articleCount / 8));
  const usedNames = new Set<string>();
  for (let i = 0; actors.length < personCount; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = usedNames.has(`${first} ${last}`)
      ? `${first} ${rng.pick(LAST_NAMES)}-${last}`
      : `${first} ${last}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const [, code] = COUNTRIES[rng.skewed(COUNTRIES.length)] ?? COUNTRIES[0] ?? ["", "US"];
    const title = TITLES[Math.min(TITLES.length - 1, Math.floor(i / 3) % TITLES.length)] ?? "official";
    actors.push({
      id: id("actor", slug(name)),
      name,
      kind: "person",
      aliases: [last, `${title} ${name}`],
      countryCode: code,
      roles: [],
      articles: [],
      mentions: [],
    });
  }
  for (const [name, code] of COUNTRIES) {
    actors.push({
      id: id("actor", slug(name)),
      name,
      kind: "country",
      aliases: [],
      countryCode: code,
      roles: [],
      articles: [],
      mentions: [],
    });
    for (const pattern of ORGANISATION_PATTERNS) {
      const [full, short] = pattern(name);
      actors.push({
        id: id("actor", slug(full)),
        name: full,
        kind: "organization",
        aliases: [short],
        countryCode: code,
        roles: [],
        articles: [],
        mentions: [],
      });
    }
  }
  for (const [name, alias] of GLOBAL_ORGANISATIONS) {
    actors.push({
      id: id("actor", slug(name)),
      name,
      kind: "organization",
      aliases: [alias],
      countryCode: null,
      roles: [],
      articles: [],
      mentions: [],
    });
  }
  const persons = actors.filter((a) => a.kind === "person");
  const others = actors.filter((a) => a.kind !== "person");
  const anyActor = () =>
    (rng.next() < 0.7 ? persons[rng.skewed(persons.length)] : others[rng.skewed(others.length)]) ??
    persons[0];
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const kindWeights = EVENT_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  const pickKind = () => {
    let roll = rng.next() * kindWeights;
    for (const kind of EVENT_KINDS) if ((roll -= kind.weight) < 0) return kind;
    return (
      EVENT_KINDS[0] ?? { type: "statement", cameo: "010", actors: [1, 1] as const, verb: "said", weight: 1 }
    );
  };

  // Happenings over two years; popular ones (low index) are reported by many articles.
  const happenings: Happening[] = [];
  const happeningCount = Math.max(10, Math.round(articleCount * 0.9));
  for (let i = 0; i < happeningCount; i++) {
    const kind = pickKind();
    const participants = new Map<string, Participant>();
    const wanted = rng.int(kind.actors[0], kind.actors[1]);
    for (let tries = 0; participants.size < wanted && tries < 10; tries++) {
      const actor = anyActor();
      if (!actor || participants.has(actor.id)) continue;
      const role =
        participants.size === 0
          ? wanted === 1
            ? "speaker"
            : "initiator"
          : wanted === 2
            ? "counterpart"
            : "participant";
      participants.set(actor.id, { actor: actor.id, role: kind.type === "statement" ? "speaker" : role });
    }
    const country = actorById.get([...participants.keys()][0] ?? "")?.countryCode ?? "US";
    const eventPlaces =
      rng.next() < 0.6
        ? [rng.pick(cityIdsByCountry.get(country) ?? [id("place", "gaza")])]
        : rng.next() < 0.5
          ? [id("place", slug(rng.pick(TERRITORIES)[0]))]
          : [];
    const precisionRoll = rng.next();
    const names = [...participants.keys()].map((a) => actorById.get(a)?.name ?? a);
    happenings.push({
      id: id("event", String(i)),
      kind,
      day: rng.int(0, DAYS - 1),
      precision: precisionRoll < 0.8 ? "day" : precisionRoll < 0.9 ? "month" : null,
      roles: [...participants.values()],
      places: eventPlaces,
      summary: `${names[0] ?? "Officials"} ${kind.verb}${names.length > 1 ? ` ${names.slice(1).join(" and ")}` : ""}`,
      articles: [],
      evidence: [],
      quotes: [],
    });
  }
  const happeningsByWeek = new Map<number, Happening[]>();
  for (const happening of happenings) {
    const week = Math.floor(happening.day / 7);
    happeningsByWeek.set(week, [...(happeningsByWeek.get(week) ?? []), happening]);
  }

  const articles: ArticleRecord[] = [];
  const quotes: QuoteRecord[] = [];
  for (let n = 0; n < articleCount; n++) {
    const articleId = id("article", String(n));
    const lead = happenings[rng.skewed(happenings.length)] ?? happenings[0];
    if (!lead) break;
    const publishedDay = Math.min(DAYS - 1, lead.day + rng.int(0, 2));
    const sameWeek = happeningsByWeek.get(Math.floor(lead.day / 7)) ?? [];
    const reported = new Set<Happening>([lead]);
    const extra = rng.int(0, 3);
    for (let k = 0; k < extra; k++) reported.add(rng.pick(sameWeek));

    const sentences: string[] = [];
    const cite = (text: string): Evidence => {
      const start = sentences.reduce((sum, s) => sum + s.length + 1, 0);
      sentences.push(text);
      return {
        article: articleId,
        sentence: sentences.length - 1,
        span: { start, end: start + text.length },
        text,
      };
    };
    const mention = (actorId: string, title?: string) => {
      const actor = actorById.get(actorId);
      if (!actor) return;
      if (!actor.articles.includes(articleId)) actor.articles.push(articleId);
      const text = title ? `${title} ${actor.name}` : actor.name;
      const evidence = cite(`${text} was mentioned.`);
      actor.mentions.push({
        ...evidence,
        span: { start: evidence.span.start, end: evidence.span.start + text.length },
        text,
      });
      if (title) actor.roles.push({ role: title, article: articleId });
    };
    const mentionPlace = (placeId: string) => {
      const place = placeById.get(placeId);
      if (!place || place.articles.includes(articleId)) return;
      place.articles.push(articleId);
      const evidence = cite(`It happened in ${place.name}.`);
      const start = evidence.span.start + "It happened in ".length;
      place.mentions.push({ ...evidence, span: { start, end: start + place.name.length }, text: place.name });
    };

    for (const happening of reported) {
      happening.articles.push(articleId);
      happening.evidence.push(cite(`${happening.summary}.`));
      for (const { actor } of happening.roles)
        mention(actor, rng.next() < 0.3 ? rng.pick(TITLES) : undefined);
      for (const place of happening.places) mentionPlace(place);
      const speaker = happening.roles[0];
      if (speaker && (happening.kind.type === "statement" || rng.next() < 0.25)) {
        const quoteCount = rng.int(1, 2);
        for (let q = 0; q < quoteCount; q++) {
          const text = `${rng.pick(QUOTE_PHRASES)}, ${rng.pick(["officials said", "he added", "she said", "the statement read"])} (${articleId}:${q})`;
          const quoteId = id("quote", `${n}-${happening.id.slice(SYNTHETIC_ID_PREFIX.length)}-${q}`);
          happening.quotes.push(quoteId);
          quotes.push({
            id: quoteId,
            text,
            speaker: speaker.actor,
            date: happening.precision === "day" ? isoDay(happening.day) : null,
            datePrecision: happening.precision === "day" ? "day" : null,
            dateBasis: happening.precision === "day" ? "inferred" : null,
            article: articleId,
            event: happening.id,
            evidence: cite(`"${text}"`),
          });
        }
      }
    }
    const background = rng.int(1, 5);
    for (let k = 0; k < background; k++) {
      const actor = anyActor();
      if (actor) mention(actor.id);
    }
    if (rng.next() < 0.5) mentionPlace(rng.pick(places).id);

    const outlet = rng.pick(OUTLETS);
    articles.push({
      id: articleId,
      source: `synthetic/${String(n).padStart(6, "0")}.txt`,
      url: `https://news.example/${slug(outlet)}/${n}`,
      title: lead.summary,
      outlet,
      publishedAt: rng.next() < 0.9 ? isoDay(publishedDay) : null,
      contentHash: `synthetic-hash-${seed}-${n}`,
      text: sentences.join(" "),
      diagnostics: [],
    });
  }

  const events: EventRecord[] = happenings
    .filter((h) => h.articles.length > 0)
    .map((h) => ({
      id: h.id,
      type: h.kind.type,
      cameo: h.kind.cameo,
      date:
        h.precision === "day" ? isoDay(h.day) : h.precision === "month" ? isoDay(h.day).slice(0, 7) : null,
      datePrecision: h.precision,
      dateBasis: h.precision === null ? null : h.articles.length > 1 ? "stated" : "inferred",
      participants: h.roles.map((r) => r.actor),
      roles: h.roles,
      places: h.places,
      summary: h.summary,
      confidence: Math.round((0.5 + 0.5 * (1 - 1 / (1 + h.articles.length))) * 100) / 100,
      quotes: h.quotes,
      articles: h.articles,
      evidence: h.evidence,
    }));

  return {
    version: 1,
    articles,
    actors: actors.filter((a) => a.articles.length > 0),
    places: places.filter(
      (p) => p.articles.length > 0 || places.some((c) => c.within === p.id && c.articles.length > 0),
    ),
    events,
    quotes,
    diagnostics: [],
  };
}
