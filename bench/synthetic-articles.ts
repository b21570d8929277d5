/**
 * A seeded generator of synthetic news articles as text (JSON Lines input for `newsgraph
 * extract`), for benchmarks that run the real extractor: a day of the world's news.
 *
 * - A cast of people (with titles and countries), countries and international organisations,
 *   with a skewed popularity: a few leaders appear in many stories, most people in a handful.
 * - Each story is one happening (a call, a meeting, a visit, a statement, an attack, an aid
 *   delivery, sanctions…) on one of the three days before publication, told by one to four
 *   outlets in different words, so the cross-article merge has work to do.
 * - An article is a title, a dateline lead, quotes with their speakers, background sentences
 *   about other actors and earlier happenings, and plain filler: about 450-650 words, near the
 *   ~600 words of a wire story.
 *
 * The cost is constant per article (no list grows with the corpus), so generating is linear.
 * The same `{articles, seed}` always gives the same articles.
 */
import {
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  OUTLETS,
  QUOTE_PHRASES,
  random,
  type Random,
} from "./synthetic-corpus.js";

export interface SyntheticArticle {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly source: string;
  readonly publishedAt: string;
  readonly text: string;
}

interface Person {
  readonly name: string;
  readonly last: string;
  readonly title: string;
  readonly country: string;
  readonly cities: readonly string[];
}

const PERSON_TITLES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "Finance Minister",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** What a story is about, told in the words of one outlet: lead sentence and title. */
const HAPPENINGS: readonly ((
  a: Person,
  b: Person,
  city: string,
  day: string,
) => readonly [string, string])[] = [
  (a, b, city, day) => [
    `${a.title} ${a.name} of ${a.country} met ${b.title} ${b.name} of ${b.country} in ${city} on ${day} to discuss trade and security.`,
    `${a.last} and ${b.last} meet in ${city}`,
  ],
  (a, b, _city, day) => [
    `${a.country}'s ${a.title} ${a.name} spoke by phone with ${b.title} ${b.name} of ${b.country} on ${day}, according to a statement from his office.`,
    `${a.last} and ${b.last} hold phone call`,
  ],
  (a, b, city, day) => [
    `${a.title} ${a.name} of ${a.country} visited ${city} on ${day}, where he held talks with ${b.title} ${b.name}.`,
    `${a.last} visits ${city}`,
  ],
  (a, b, _city, day) => [
    `${a.country} imposed sanctions on ${b.country} on ${day}, ${a.title} ${a.name} announced.`,
    `${a.country} sanctions ${b.country}`,
  ],
  (a, b, city, day) => [
    `Gunmen attacked a market in ${city} on ${day}, killing at least 12 people, officials in ${a.country} said, and ${b.title} ${b.name} condemned the attack.`,
    `Deadly attack in ${city}`,
  ],
  (a, _b, city, day) => [
    `The World Food Programme delivered aid to ${city} on ${day}, ${a.title} ${a.name} of ${a.country} said.`,
    `Aid reaches ${city}`,
  ],
  (a, b, _city, day) => [
    `${a.title} ${a.name} of ${a.country} criticised ${b.country} on ${day} over its handling of the border dispute.`,
    `${a.last} criticises ${b.country}`,
  ],
];

const FILLER = [
  "Analysts said the talks were unlikely to produce a breakthrough in the coming weeks.",
  "Markets in the region were little changed after the news, with traders waiting for more details.",
  "The two countries have a long history of disputes over trade, energy and the movement of people.",
  "Diplomats described the atmosphere as constructive, though several issues remain unresolved.",
  "Officials declined to give further details, citing the sensitivity of the discussions.",
  "The government has faced growing pressure at home over rising prices and unemployment.",
  "Opposition parties have called for a parliamentary debate on the matter.",
  "Humanitarian groups warned that conditions for civilians in the area continued to deteriorate.",
  "The announcement came as lawmakers prepared to vote on next year's budget.",
  "Observers noted that the timing of the move was closely linked to the coming elections.",
  "Local residents said they had seen an increase in security patrols in recent days.",
  "The issue is expected to be raised again at a regional summit later this year.",
  "Energy prices have risen sharply since the start of the year, hitting households and businesses.",
  "Several foreign governments urged restraint and called for a negotiated settlement.",
  "The central bank said it was monitoring the situation and stood ready to act if needed.",
  "Independent experts said the figures could not be verified.",
  "The agreement, if confirmed, would be the first of its kind between the two sides in a decade.",
  "Schools and hospitals in the area have struggled with shortages of staff and supplies.",
];

/** The day `offset` days after 2024-01-01, as an ISO day. */
function isoDay(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function castOf(rng: Random, size: number): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const [country, , , , cities] = rng.pick(COUNTRIES);
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    people.push({
      name: `${first} ${last}`,
      last,
      title: PERSON_TITLES[Math.floor(i / COUNTRIES.length) % PERSON_TITLES.length] ?? "President",
      country,
      cities: cities.map(([city]) => city),
    });
  }
  return people;
}

/** One of the items, the first ones far more often. */
function popular<T>(rng: Random, items: readonly T[]): T {
  return items[rng.skewed(items.length)] ?? rng.pick(items);
}

function sentenceCount(words: number): number {
  return Math.round(words / 16);
}

/**
 * `count` articles published on `days` consecutive days (a day of news by default), `seed`
 * fixing everything. A generator: articles are made one at a time, never held together.
 */
export function* syntheticArticles(options: {
  readonly articles: number;
  readonly seed: number;
  readonly days?: number;
}): Generator<SyntheticArticle> {
  const rng = random(options.seed);
  const cast = castOf(rng, 1_500);
  const days = options.days ?? 1;
  let made = 0;
  for (let story = 0; made < options.articles; story++) {
    const a = popular(rng, cast);
    const b = popular(rng, cast);
    const published = story % days;
    const happenedOn = published + 20 - rng.int(0, 2);
    const weekday = WEEKDAYS[new Date(`${isoDay(happenedOn)}T00:00:00Z`).getUTCDay()] ?? "Monday";
    const city = rng.pick(a.cities.length > 0 ? a.cities : [a.country]);
    const tell = rng.pick(HAPPENINGS);
    const reports = rng.skewed(4) + 1;
    for (let r = 0; r < reports && made < options.articles; r++, made++) {
      const outlet = OUTLETS[(story + r) % OUTLETS.length] ?? "Reuters";
      const day = isoDay(published + 20);
      const [lead, title] = tell(a, b, city, weekday);
      const [, month, date] = day.split("-").map(Number) as [number, number, number];
      const paragraphs = [
        `${city}, ${MONTHS[month - 1] ?? "Jan"} ${date} (${outlet}) - ${lead}`,
        `"${capitalise(rng.pick(QUOTE_PHRASES))}," ${a.name} told reporters.`,
        `${b.name} said in a statement that ${rng.pick(QUOTE_PHRASES)}.`,
      ];
      const background = popular(rng, cast);
      paragraphs.push(
        `Last month, ${background.title} ${background.name} visited ${background.country} for talks on the same issues.`,
      );
      const body: string[] = [];
      for (let s = sentenceCount(rng.int(400, 600)); s > 0; s--) body.push(rng.pick(FILLER));
      for (let i = 0; i < body.length; i += 4) paragraphs.push(body.slice(i, i + 4).join(" "));
      const id = `day-${options.seed}-${made}`;
      yield {
        id,
        url: `https://news.example/${outlet.toLowerCase().replace(/\W+/g, "-")}/${id}`,
        title,
        source: outlet,
        publishedAt: day,
        text: `${title}\n\n${paragraphs.join("\n\n")}\n`,
      };
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
