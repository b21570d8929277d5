/**
 * The batched import: articles are written in batches, one transaction per batch, each
 * article whole. Unchanged articles are skipped (reruns change nothing), changed ones have
 * their old facts replaced in the same transaction as their new ones, new events are first
 * resolved against the events already stored (cross-run merging), and a batch that fails on
 * its data is retried article by article so one bad article does not sink its neighbours.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import type { Diagnostic, EventRecord } from "../domain/types.js";
import { planArticleUnits, type ArticleUnit, type ImportFailure } from "./article-units.js";
import { batchRows } from "./batch-rows.js";
import { isConnectivityError, Neo4jUnreachableError } from "./connectivity.js";
import type { CheckedDocument } from "./document.js";
import { aggregateEventClaims, type EventClaim } from "./event-claims.js";
import {
  extractedDate,
  happeningOf,
  resolveHappenings,
  type HappeningView,
  type SameHappeningRule,
} from "./event-resolution.js";
import type { ImportProgress } from "./progress.js";
import {
  claimArticlesQuery,
  deleteOrphanActorsQuery,
  deleteOrphanEventsQuery,
  deleteOrphanPlacesQuery,
  deleteOrphanQuotesQuery,
  dropProvenanceQuery,
  eventCandidatesQuery,
  eventClaimsQuery,
  recomputeActorRolesQuery,
  releaseSupportQuery,
  setEventAggregatesQuery,
  storedArticlesQuery,
  storedEventsQuery,
  touchedByArticlesQuery,
  writeActorsQuery,
  linkAffiliationsQuery,
  writeArticlesQuery,
  writeEventsQuery,
  writeLocationsQuery,
  writeMentionsQuery,
  writeParticipationsQuery,
  writePlacesQuery,
  writeQuoteEventsQuery,
  writeQuotesQuery,
  writeReportsQuery,
  writeSpeakersQuery,
  writeWithinQuery,
  type CypherQuery,
} from "./queries.js";
import { extractionSameHappening } from "./same-happening.js";
import { ensureSchema } from "./schema.js";

export interface NodeCounts {
  created: number;
  updated: number;
  deleted: number;
}

export interface ArticleCounts {
  created: number;
  replaced: number;
  unchanged: number;
  failed: number;
}

export interface ImportSummary {
  readonly articles: ArticleCounts;
  readonly actors: NodeCounts;
  readonly places: NodeCounts;
  readonly events: NodeCounts;
  readonly quotes: NodeCounts;
  /** Extracted events that joined an event already in the graph (cross-run merging). */
  readonly eventsJoined: number;
  readonly failures: readonly ImportFailure[];
  /** Problems the extraction reported in articles that still loaded. */
  readonly warnings: readonly Diagnostic[];
  readonly seconds: number;
}

export interface ImportOptions {
  /** The same-happening rule that joins new events to stored ones (default: the extraction's). */
  readonly sameHappening?: SameHappeningRule;
  readonly database?: string;
  /** Articles per transaction. */
  readonly batchSize?: number;
  /** Rewrite articles whose content is unchanged too (after an extractor upgrade). */
  readonly replaceUnchanged?: boolean;
  /** Named in failures that belong to no article. */
  readonly documentFile?: string;
  readonly progress?: ImportProgress;
  /** Skip creating constraints and indexes (they exist already). */
  readonly skipSchema?: boolean;
}

export const DEFAULT_BATCH_SIZE = 250;

/** The server ends a batch's transaction that runs longer: a stuck batch fails, it does not hang. */
const BATCH_TIMEOUT_MS = 10 * 60_000;

const emptyCounts = (): NodeCounts => ({ created: 0, updated: 0, deleted: 0 });

interface BatchOutcome {
  /** What became of the batch's articles, decided inside its transaction. */
  readonly articles: Omit<ArticleCounts, "failed">;
  readonly actors: NodeCounts;
  readonly places: NodeCounts;
  readonly events: NodeCounts;
  readonly quotes: NodeCounts;
  /** Extracted event id → node id, for every event the batch wrote. */
  readonly eventTargets: ReadonlyMap<string, string>;
  readonly joined: number;
  /** Whether the graph held events of others when the batch ran. */
  readonly joinable: boolean;
}

interface RunState {
  /** Extracted event id → node id, for events written by earlier batches of this run. */
  readonly eventTargets: Map<string, string>;
  /**
   * Whether the graph holds events this run did not write. Only those can be joined (the run's
   * own events are claimed by the extracted events that made them), so a first load skips the
   * candidate search entirely.
   */
  joinable: boolean;
  /** Ids of the document's events. */
  readonly documentEvents: ReadonlySet<string>;
  /** Events this run has created in the batches committed so far. */
  eventsCreated: number;
  readonly rule: SameHappeningRule;
  /** Rewrite articles stored with the same content too. */
  readonly replaceUnchanged: boolean;
  /** Publication day of each article of the document. */
  readonly publishedAt: (article: string) => string | null;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

async function run(tx: ManagedTransaction, query: CypherQuery): Promise<QueryResult> {
  return tx.run(query.text, query.params);
}

async function runIf(tx: ManagedTransaction, rows: readonly unknown[], query: CypherQuery) {
  return rows.length === 0 ? 0 : (await run(tx, query)).summary.counters.updates().nodesCreated;
}

async function deleted(tx: ManagedTransaction, ids: readonly string[], query: CypherQuery): Promise<number> {
  return ids.length === 0 ? 0 : (await run(tx, query)).summary.counters.updates().nodesDeleted;
}

/** Places without provenance go, then their containers if that left them empty, and so on up. */
async function deleteOrphanPlaces(tx: ManagedTransaction, ids: readonly string[]): Promise<number> {
  let count = 0;
  for (let pending = [...new Set(ids)]; pending.length > 0;) {
    const result = await run(tx, deleteOrphanPlacesQuery(pending));
    count += result.summary.counters.updates().nodesDeleted;
    pending = [...new Set(result.records.flatMap((r) => r.get("containers") as string[]))];
  }
  return count;
}

interface Touched {
  readonly events: string[];
  readonly quotes: string[];
  readonly actors: string[];
  readonly places: string[];
}

async function releaseArticles(tx: ManagedTransaction, articleIds: readonly string[]): Promise<Touched> {
  const touched: Touched = { events: [], quotes: [], actors: [], places: [] };
  if (articleIds.length === 0) return touched;
  const result = await run(tx, touchedByArticlesQuery(articleIds));
  for (const record of result.records) {
    for (const key of ["events", "quotes", "actors", "places"] as const) {
      touched[key].push(...(record.get(key) as string[]));
    }
  }
  await run(tx, releaseSupportQuery(articleIds));
  await run(tx, dropProvenanceQuery(articleIds));
  return touched;
}

async function eventCount(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run("MATCH (e:Event) RETURN count(e) AS n");
  return (result.records[0]?.get("n") as number | undefined) ?? 0;
}

/** Maps each extracted event of the batch to the node it belongs to. */
async function resolveEventTargets(
  tx: ManagedTransaction,
  events: readonly EventRecord[],
  state: RunState,
): Promise<{ targets: Map<string, string>; joined: number }> {
  const targets = new Map<string, string>();
  const open: EventRecord[] = [];
  for (const event of events) {
    const known = state.eventTargets.get(event.id);
    if (known === undefined) open.push(event);
    else targets.set(event.id, known);
  }
  if (open.length === 0) return { targets, joined: 0 };

  const stored = await run(tx, storedEventsQuery(open.map((e) => e.id)));
  const storedIds = new Set(stored.records.map((r) => r.get("id") as string));
  const unresolved = open.filter((event) => !storedIds.has(event.id));
  for (const id of storedIds) targets.set(id, id);
  if (!state.joinable || unresolved.length === 0) {
    for (const event of unresolved) targets.set(event.id, event.id);
    return { targets, joined: 0 };
  }

  const views = unresolved.map((event) => happeningOf(event, state.publishedAt));
  const requests = views.flatMap((view) => {
    const window = state.rule.searchWindow(view);
    return window
      ? [
          {
            key: view.id,
            type: view.type,
            cameoRoot: view.cameo?.slice(0, 2) ?? null,
            participants: view.participants,
            places: view.places,
            ...window,
          },
        ]
      : [];
  });
  const candidates = new Map<string, HappeningView[]>();
  const result = requests.length === 0 ? { records: [] } : await run(tx, eventCandidatesQuery(requests));
  for (const record of result.records) {
    const datePrecision = record.get("datePrecision") as HappeningView["datePrecision"];
    const key = record.get("key") as string;
    const list = candidates.get(key) ?? [];
    list.push({
      id: record.get("id") as string,
      type: record.get("type") as string,
      cameo: record.get("cameo") as string | null,
      date: extractedDate(record.get("date") as string | null, datePrecision),
      datePrecision,
      participants: record.get("participants") as string[],
      places: record.get("places") as string[],
      reportedOn: null,
      sourceCount: (record.get("sourceCount") as number | null) ?? 0,
    });
    candidates.set(key, list);
  }
  // The document's own events are claimed by the extracted events of the same id, even when
  // another import running at once stored them first.
  const claimed = new Set([...state.eventTargets.values(), ...targets.values(), ...state.documentEvents]);
  const joinedTo = resolveHappenings(views, candidates, state.rule, claimed);
  for (const event of unresolved) targets.set(event.id, joinedTo.get(event.id) ?? event.id);
  return { targets, joined: joinedTo.size };
}

async function recomputeEvents(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const result = await run(tx, eventClaimsQuery(ids));
  const rows = result.records.flatMap((record) => {
    const aggregate = aggregateEventClaims(record.get("claims") as EventClaim[]);
    return aggregate ? [{ id: record.get("id") as string, ...aggregate }] : [];
  });
  if (rows.length > 0) await run(tx, setEventAggregatesQuery(rows));
}

/**
 * Everything one batch does, inside its transaction. Pure with respect to `state` (retries are
 * safe). Whether an article is new, changed or unchanged is decided here, under its lock, so two
 * imports running at once never both create it and each counts what it did.
 */
async function writeBatch(
  tx: ManagedTransaction,
  candidates: readonly ArticleUnit[],
  state: RunState,
): Promise<BatchOutcome> {
  const claimed = await run(tx, claimArticlesQuery(candidates.map((unit) => unit.article.id)));
  const storedHash = new Map(
    claimed.records.map((r) => [r.get("id") as string, r.get("contentHash") as string | null]),
  );
  const units = candidates.filter(
    (unit) => state.replaceUnchanged || storedHash.get(unit.article.id) !== unit.article.contentHash,
  );
  const replacing = units.map((u) => u.article.id).filter((id) => (storedHash.get(id) ?? null) !== null);
  const touched = await releaseArticles(tx, replacing);
  // Another import running at once may have written events since the last batch.
  if (!state.joinable) state = { ...state, joinable: (await eventCount(tx)) > state.eventsCreated };

  const events = new Map(units.flatMap((unit) => unit.events.map(({ event }) => [event.id, event])));
  const { targets, joined } = await resolveEventTargets(tx, [...events.values()], state);
  const rows = batchRows(units, (id) => targets.get(id) ?? id);

  if (rows.articles.length > 0) await run(tx, writeArticlesQuery(rows.articles));
  const actorsCreated = await runIf(tx, rows.actors, writeActorsQuery(rows.actors));
  await runIf(tx, rows.actors, linkAffiliationsQuery(rows.actors.map((actor) => actor.id)));
  const placesCreated = await runIf(tx, rows.places, writePlacesQuery(rows.places));
  await runIf(tx, rows.within, writeWithinQuery(rows.within));
  await runIf(tx, rows.actorMentions, writeMentionsQuery("Actor", rows.actorMentions));
  await runIf(tx, rows.placeMentions, writeMentionsQuery("Place", rows.placeMentions));
  const eventsCreated = await runIf(tx, rows.events, writeEventsQuery(rows.events));
  await runIf(tx, rows.reports, writeReportsQuery(rows.reports));
  await runIf(tx, rows.participations, writeParticipationsQuery(rows.participations));
  await runIf(tx, rows.locations, writeLocationsQuery(rows.locations));
  const quotesCreated = await runIf(tx, rows.quotes, writeQuotesQuery(rows.quotes));
  await runIf(tx, rows.quotes, writeSpeakersQuery(rows.quotes));
  await runIf(tx, rows.quotes, writeQuoteEventsQuery(rows.quotes));

  // Old facts of replaced articles that nothing supports any more.
  const quotesDeleted = await deleted(tx, touched.quotes, deleteOrphanQuotesQuery(touched.quotes));
  const eventsDeleted = await deleted(tx, touched.events, deleteOrphanEventsQuery(touched.events));
  const actorsDeleted = await deleted(tx, touched.actors, deleteOrphanActorsQuery(touched.actors));
  const placesDeleted = await deleteOrphanPlaces(tx, touched.places);
  if (touched.actors.length > 0) await run(tx, recomputeActorRolesQuery(touched.actors));
  await recomputeEvents(tx, [...new Set([...rows.events, ...touched.events])]);

  const quoteIds = new Set(rows.quotes.map((q) => q.id)).size;
  return {
    articles: {
      created: units.length - replacing.length,
      replaced: replacing.length,
      unchanged: candidates.length - units.length,
    },
    actors: { created: actorsCreated, updated: rows.actors.length - actorsCreated, deleted: actorsDeleted },
    places: { created: placesCreated, updated: rows.places.length - placesCreated, deleted: placesDeleted },
    events: { created: eventsCreated, updated: rows.events.length - eventsCreated, deleted: eventsDeleted },
    quotes: { created: quotesCreated, updated: quoteIds - quotesCreated, deleted: quotesDeleted },
    eventTargets: targets,
    joined,
    joinable: state.joinable,
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
}

/** Loads a checked extraction document into Neo4j. */
export async function importDocument(
  driver: Driver,
  checked: CheckedDocument,
  options: ImportOptions,
): Promise<ImportSummary> {
  const startedAt = performance.now();
  const database = options.database;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const plan = planArticleUnits(checked, options.documentFile ?? "extraction document");
  const failures: ImportFailure[] = [...plan.failures];
  const articles: ArticleCounts = { created: 0, replaced: 0, unchanged: 0, failed: 0 };
  const counts = {
    actors: emptyCounts(),
    places: emptyCounts(),
    events: emptyCounts(),
    quotes: emptyCounts(),
  };
  let eventsJoined = 0;

  if (!options.skipSchema) await ensureSchema(driver, database);

  const storedHashes = new Map<string, string>();
  for (const ids of chunks(
    plan.units.map((u) => u.article.id),
    10_000,
  )) {
    const result = await driver.executeQuery(
      storedArticlesQuery(ids).text,
      { ids },
      { database, routing: "READ" },
    );
    for (const record of result.records)
      storedHashes.set(record.get("id") as string, record.get("contentHash") as string);
  }
  const pending = plan.units.filter((unit) => {
    const stored = storedHashes.get(unit.article.id);
    const unchanged = stored === unit.article.contentHash && !options.replaceUnchanged;
    if (unchanged) articles.unchanged++;
    return !unchanged;
  });

  const publishedAt = new Map(checked.document.articles.map((a) => [a.id, a.publishedAt]));
  const state: RunState = {
    eventTargets: new Map(),
    joinable: false,
    eventsCreated: 0,
    documentEvents: new Set(checked.document.events.map((event) => event.id)),
    rule: options.sameHappening ?? extractionSameHappening,
    replaceUnchanged: options.replaceUnchanged === true,
    publishedAt: (article) => publishedAt.get(article) ?? null,
  };
  const total = plan.units.length;
  let done = articles.unchanged;
  options.progress?.start(total, done);

  const session = driver.session({ database });
  const commit = async (units: readonly ArticleUnit[]) => {
    const outcome = await session.executeWrite((tx) => writeBatch(tx, units, state), {
      timeout: BATCH_TIMEOUT_MS,
    });
    state.joinable ||= outcome.joinable;
    for (const [from, to] of outcome.eventTargets) state.eventTargets.set(from, to);
    for (const key of ["actors", "places", "events", "quotes"] as const) {
      counts[key].created += outcome[key].created;
      counts[key].updated += outcome[key].updated;
      counts[key].deleted += outcome[key].deleted;
    }
    state.eventsCreated = counts.events.created;
    eventsJoined += outcome.joined;
    articles.created += outcome.articles.created;
    articles.replaced += outcome.articles.replaced;
    articles.unchanged += outcome.articles.unchanged;
  };
  const failArticle = (unit: ArticleUnit, error: unknown) => {
    articles.failed++;
    failures.push({
      file: unit.article.source,
      article: unit.article.id,
      reason: `not loaded: ${reasonOf(error)}`,
    });
  };

  try {
    for (const units of chunks(pending, batchSize)) {
      try {
        await commit(units);
      } catch (error) {
        if (isConnectivityError(error)) throw error;
        // Find the article at fault: the others of the batch still load, each on its own.
        if (units.length === 1 && units[0]) failArticle(units[0], error);
        for (const unit of units.length > 1 ? units : []) {
          try {
            await commit([unit]);
          } catch (single) {
            if (isConnectivityError(single)) throw single;
            failArticle(unit, single);
          }
        }
      }
      done += units.length;
      options.progress?.advance(done);
    }
  } catch (error) {
    if (!isConnectivityError(error)) throw error;
    throw new Neo4jUnreachableError(
      `lost Neo4j after loading ${done} of ${total} articles (${reasonOf(error)}); ` +
        "every loaded article is complete, rerun the import to load the rest",
      { cause: error },
    );
  } finally {
    options.progress?.stop();
    await session.close();
  }

  articles.failed += plan.failures.filter((f) => f.article !== null).length;
  return {
    articles,
    ...counts,
    eventsJoined,
    failures,
    warnings: plan.warnings,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
