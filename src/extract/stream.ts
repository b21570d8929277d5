/**
 * Streaming extraction: batches of articles are analysed (on the pool's threads) and assembled
 * one at a time, and each batch's document is cut into stream records, one per article plus the
 * batch's merged events. Memory holds the batch being written and the one being analysed.
 * Events reported in two batches are two events here; the importer's cross-run merge joins them.
 */
import type {
  ActorRecord,
  Diagnostic,
  Evidence,
  ExtractionDocument,
  PlaceRecord,
  QuoteRecord,
  RoleStatement,
  StreamRecord,
} from "../domain/types.js";
import { assembleDocument } from "./assemble.js";
import type { ArticleAnalysis, InputArticle } from "./model.js";
import type { AnalysisPool } from "./parallel.js";
import type { ReadResult } from "./reader.js";

interface Analysed {
  readonly analyses: readonly ArticleAnalysis[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One document per input batch. The next batch is analysed while the caller writes this one;
 * an article given again in a later batch is reported there as a duplicate, as within a batch.
 */
export async function* extractBatches(
  batches: AsyncIterable<ReadResult>,
  pool: AnalysisPool,
): AsyncGenerator<ExtractionDocument> {
  const input = batches[Symbol.asyncIterator]();
  const analyseNext = async (): Promise<Analysed | null> => {
    const next = await input.next();
    if (next.done === true) return null;
    return { analyses: await pool.analyze(next.value.articles), diagnostics: next.value.diagnostics };
  };
  const seen = new Map<string, InputArticle>();
  for (let pending = analyseNext(); ;) {
    const batch = await pending;
    if (batch === null) return;
    pending = analyseNext();
    yield assembleDocument(batch.analyses, batch.diagnostics, seen);
  }
}

function byArticle<T>(items: readonly T[], articleOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = articleOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Each entity's record as each of its articles gives it: that article, its mentions (and, for
 * actors, its roles). `restrict` prepares a record once and is then asked for each article.
 */
function perArticle<
  T extends { readonly articles: readonly string[]; readonly mentions: readonly Evidence[] },
>(
  records: readonly T[],
  restrict: (record: T) => (article: string, mentions: Evidence[]) => T,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const record of records) {
    const mentions = byArticle(record.mentions, (m) => m.article);
    const forArticle = restrict(record);
    for (const article of record.articles) {
      const list = out.get(article) ?? [];
      list.push(forArticle(article, mentions.get(article) ?? []));
      out.set(article, list);
    }
  }
  return out;
}

/** The stream records of one batch's document (without the opening `stream` record). */
export function* streamRecords(document: ExtractionDocument): Generator<StreamRecord> {
  for (const diagnostic of document.diagnostics) yield { type: "diagnostic", diagnostic };
  const actors = perArticle(document.actors, (actor: ActorRecord) => {
    const roles = byArticle(actor.roles, (r: RoleStatement) => r.article);
    return (article, mentions): ActorRecord => ({
      ...actor,
      roles: roles.get(article) ?? [],
      articles: [article],
      mentions,
    });
  });
  const places = perArticle(document.places, (place: PlaceRecord) => (article, mentions): PlaceRecord => ({
    ...place,
    articles: [article],
    mentions,
  }));
  const quotes = byArticle(document.quotes, (q: QuoteRecord) => q.article);
  for (const article of document.articles) {
    yield {
      type: "article",
      article,
      actors: actors.get(article.id) ?? [],
      places: places.get(article.id) ?? [],
      quotes: quotes.get(article.id) ?? [],
    };
  }
  for (const event of document.events) yield { type: "event", event };
  yield { type: "batch", articles: document.articles.length, events: document.events.length };
}
