/**
 * `search(phrase:)`: one ranked list over what the full-text indexes hold (English analyzer,
 * src/graph/schema.ts): actor and place names, event summaries, quotes, article titles and the
 * evidence sentences each article gives for an event. Each hit carries a snippet with the
 * matched words marked and the article it comes from.
 *
 * The phrase is read as words and "quoted phrases", never as Lucene syntax, so no input can
 * make the query fail.
 */
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import { stemmer } from "stemmer";
import { EVIDENCE_INDEX, SEARCH_INDEX } from "../graph/index.js";

export interface ArticleRef {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
}

export interface SearchHit {
  /** event, quote, actor, place or article */
  readonly kind: string;
  readonly id: string;
  readonly score: number;
  /** What the hit is: a name, an event summary, a quote, a title. */
  readonly label: string;
  /** The matching text around the first match, HTML-escaped, matches in <mark>…</mark>. */
  readonly snippet: string;
  readonly date: string | null;
  readonly article: ArticleRef | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SNIPPET_CHARS = 220;

/** Lower-cased words and "quoted phrases": Lucene's operators and special characters cannot get in. */
export function toLuceneQuery(phrase: string): string {
  const parts: string[] = [];
  const quoted = /"([^"]*)"/g;
  let rest = phrase;
  for (const match of phrase.matchAll(quoted)) {
    const words = (match[1] ?? "").match(WORD) ?? [];
    if (words.length > 0) parts.push(`"${words.join(" ").toLowerCase()}"`);
    rest = rest.replace(match[0], " ");
  }
  for (const word of rest.match(WORD) ?? []) parts.push(word.toLowerCase().replace(/['’]/g, ""));
  return parts.join(" ");
}

/** The stems the phrase's words reduce to, as Lucene's Porter filter reduces them. */
function stemsOf(phrase: string): Set<string> {
  return new Set((phrase.match(WORD) ?? []).map((word) => stemmer(word.toLowerCase().replace(/['’]s$/, ""))));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The text around its first matching word, with every matching word marked. */
export function highlight(text: string, phrase: string): string {
  const stems = stemsOf(phrase);
  const matches = [...text.matchAll(WORD)].filter((match) =>
    stems.has(stemmer(match[0].toLowerCase().replace(/['’]s$/, ""))),
  );
  const first = matches[0]?.index ?? 0;
  let start = Math.max(0, first - Math.floor(SNIPPET_CHARS / 3));
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  let out = start > 0 ? "…" : "";
  let cursor = start;
  for (const match of matches) {
    const at = match.index;
    if (at < start || at + match[0].length > end) continue;
    out += `${escapeHtml(text.slice(cursor, at))}<mark>${escapeHtml(match[0])}</mark>`;
    cursor = at + match[0].length;
  }
  return `${out}${escapeHtml(text.slice(cursor, end))}${end < text.length ? "…" : ""}`;
}

const SEARCH_STATEMENT = `
CALL () {
  CALL db.index.fulltext.queryNodes($nodeIndex, $query, {limit: toInteger($limit)}) YIELD node, score
  WITH node, score,
       CASE WHEN node:Event THEN 'event' WHEN node:Quote THEN 'quote' WHEN node:Article THEN 'article'
            WHEN node:Actor THEN 'actor' ELSE 'place' END AS kind
  WITH node, score, kind,
       CASE WHEN kind = 'article' THEN node
            ELSE COLLECT { MATCH (node)-[:REPORTED_IN]->(a:Article) RETURN a ORDER BY a.publishedAt, a.id LIMIT 1 }[0] END AS article
  RETURN kind, node.id AS id, score, coalesce(node.name, node.summary, node.text, node.title) AS label,
         CASE WHEN kind IN ['actor', 'place'] THEN apoc.text.join([node.name] + coalesce(node.aliases, []), ' · ')
              ELSE coalesce(node.text, node.summary, node.title) END AS text,
         toString(coalesce(node.date, node.publishedAt)) AS date, article
  UNION
  CALL db.index.fulltext.queryRelationships($evidenceIndex, $query, {limit: toInteger($limit)}) YIELD relationship, score
  WITH startNode(relationship) AS subject, endNode(relationship) AS article, relationship.text AS text, score
  RETURN CASE WHEN subject:Event THEN 'event' ELSE 'quote' END AS kind, subject.id AS id, score,
         coalesce(subject.summary, subject.text) AS label, text, toString(subject.date) AS date, article
}
RETURN kind, id, score, label, text, date,
       CASE WHEN article IS NULL THEN null
            ELSE article { .id, .title, .outlet, .url, publishedAt: toString(article.publishedAt) } END AS article
ORDER BY score DESC, id`;

interface HitRecord {
  kind: string;
  id: string;
  score: number;
  label: string;
  text: string | null;
  date: string | null;
  article: ArticleRef | null;
}

/** Ranked hits, one per thing and article (an event two articles report is two hits). */
export async function searchText(
  driver: Driver,
  database: string | undefined,
  phrase: string,
  first: number,
): Promise<SearchHit[]> {
  const query = toLuceneQuery(phrase);
  if (query === "") {
    throw new GraphQLError(`search(phrase: ${JSON.stringify(phrase)}) has no word to search for.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  const { records } = await driver.executeQuery(
    SEARCH_STATEMENT,
    { nodeIndex: SEARCH_INDEX, evidenceIndex: EVIDENCE_INDEX, query, limit: first * 3 },
    { database, routing: "READ" },
  );
  const hits = new Map<string, SearchHit>();
  for (const record of records) {
    const row = record.toObject() as unknown as HitRecord;
    const key = `${row.kind}|${row.id}|${row.article?.id ?? ""}`;
    if (hits.has(key)) continue;
    hits.set(key, {
      kind: row.kind,
      id: row.id,
      score: row.score,
      label: row.label,
      snippet: highlight(row.text ?? row.label, phrase),
      date: row.date,
      article: row.article,
    });
  }
  return [...hits.values()].slice(0, first);
}

interface SearchContext {
  readonly executionContext?: unknown;
  readonly sessionConfig?: { readonly database?: string | undefined };
}

export function createSearchResolver(): (
  source: unknown,
  args: { phrase: string; first?: number | null },
  context: SearchContext,
) => Promise<SearchHit[]> {
  return async (_source, { phrase, first }, context) => {
    const driver = context.executionContext as Driver;
    const size = Math.min(Math.max(first ?? 20, 1), 100);
    return searchText(driver, context.sessionConfig?.database, phrase, size);
  };
}
