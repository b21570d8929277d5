import type {
  ActorKind,
  ActorRecord,
  ArticleRecord,
  Diagnostic,
  EventRecord,
  Evidence,
  ExtractionDocument,
  Participant,
  PlaceRecord,
  QuoteRecord,
  RoleStatement,
  Span,
} from "../domain/types.js";
import { stableId, sha256 } from "./ids.js";
import { toOriginalOffset } from "./input-checks.js";
import type { ArticleAnalysis, LocalEntity, LocalEvent } from "./model.js";
import type { EventCluster, MergeResult } from "./merge.js";
import { foldName } from "./normalize.js";

/** A span of the analysed text as a span of the article's original text. */
function originalSpan(article: ArticleAnalysis, start: number, end: number): Span {
  return { start: toOriginalOffset(article.removedAt, start), end: toOriginalOffset(article.removedAt, end) };
}

function evidence(article: ArticleAnalysis, sentence: number, start?: number, end?: number): Evidence {
  const s = article.sentences[sentence];
  const from = start ?? s?.start ?? 0;
  const span = originalSpan(article, from, end ?? s?.end ?? from);
  return {
    article: article.id,
    sentence,
    span,
    text: article.input.text.slice(span.start, span.end),
  };
}

function entityId(entity: LocalEntity): string {
  if (entity.kind === "place") return stableId("place", entity.key);
  return stableId("actor", entity.kind, entity.key);
}

function actorKind(entity: LocalEntity): ActorKind {
  return entity.kind === "person" ? "person" : entity.kind === "country" ? "country" : "organization";
}

function aliasesOf(entity: LocalEntity): string[] {
  const seen = new Set([foldName(entity.name)]);
  const out: string[] = [];
  for (const alias of [...entity.aliases].sort()) {
    const key = foldName(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** Assembles the interchange document from the analysed articles and their merge. */
export function buildDocument(
  articles: readonly ArticleAnalysis[],
  merge: MergeResult,
  inputDiagnostics: readonly Diagnostic[],
): ExtractionDocument {
  const idOfKey = new Map<string, string>();
  for (const [key, { entity }] of merge.entities) idOfKey.set(key, entityId(entity));
  const idOf = (article: number, localKey: string): string | undefined =>
    idOfKey.get(merge.entityKey(article, localKey));

  const mentionsOf = new Map<string, Evidence[]>();
  articles.forEach((a, ai) => {
    for (const m of a.mentions) {
      const id = idOf(ai, m.key);
      if (!id) continue;
      const list = mentionsOf.get(id) ?? [];
      list.push(evidence(a, m.sentence, m.start, m.end));
      mentionsOf.set(id, list);
    }
  });

  const rolesOf = new Map<string, RoleStatement[]>();
  articles.forEach((a, ai) => {
    for (const local of a.entities.values()) {
      if (local.roles.size === 0) continue;
      const key = merge.entityKey(ai, local.key);
      const list = rolesOf.get(key) ?? [];
      for (const role of local.roles) list.push({ role, article: a.id });
      rolesOf.set(key, list);
    }
  });
  const actors: ActorRecord[] = [];
  const places: PlaceRecord[] = [];
  for (const [, { entity, articles: inArticles }] of merge.entities) {
    const id = entityId(entity);
    const articleIds = [...inArticles].sort((x, y) => x - y).map((i) => articles[i]?.id ?? "");
    if (entity.kind === "place") {
      const country = entity.countryCode ? idOfKey.get(`country:${entity.countryCode}`) : undefined;
      places.push({
        id,
        name: entity.name,
        kind: entity.placeKind ?? "region",
        aliases: aliasesOf(entity),
        countryCode: entity.countryCode,
        latitude: entity.latitude,
        longitude: entity.longitude,
        within: country ?? null,
        articles: articleIds,
        mentions: mentionsOf.get(id) ?? [],
      });
      continue;
    }
    actors.push({
      id,
      name: entity.name,
      kind: actorKind(entity),
      aliases: aliasesOf(entity),
      countryCode: entity.countryCode,
      roles: rolesOf.get(entity.key) ?? [],
      articles: articleIds,
      mentions: mentionsOf.get(id) ?? [],
      ...(entity.kind === "country" ? { latitude: entity.latitude, longitude: entity.longitude } : {}),
    });
  }

  const nameOf = new Map<string, string>();
  for (const a of actors) nameOf.set(a.id, a.name);
  for (const p of places) nameOf.set(p.id, p.name);

  const quoteIds = articles.map((a) =>
    a.quotes.map((q) => stableId("quote", a.id, String(q.span.start), q.text)),
  );
  const eventsById = new Map<string, EventRecord>();
  const eventIdOfCluster = new Map<EventCluster, string>();
  for (const cluster of merge.clusters) {
    const record = eventRecord(articles, merge, cluster, idOf, nameOf, quoteIds);
    if (!record) continue;
    eventIdOfCluster.set(cluster, record.id);
    const same = eventsById.get(record.id);
    eventsById.set(record.id, same ? joinReports(same, record) : record);
  }
  const events = [...eventsById.values()];

  const quotes: QuoteRecord[] = [];
  articles.forEach((a, ai) => {
    a.quotes.forEach((q, qi) => {
      const cluster = q.event === null ? undefined : merge.clusterOf({ article: ai, event: q.event });
      let date = q.date;
      // A quote given at an event another article dates to the day is dated with it.
      if (
        date === null &&
        cluster?.date?.precision === "day" &&
        a.events[q.event ?? -1]?.type !== "statement"
      ) {
        date = { value: cluster.date.value, precision: cluster.date.precision, basis: "coreference" };
      }
      quotes.push({
        id: quoteIds[ai]?.[qi] ?? "",
        text: q.text,
        speaker: q.speaker === null ? null : (idOf(ai, q.speaker) ?? null),
        date: date?.value ?? null,
        datePrecision: date?.precision ?? null,
        dateBasis: date?.basis ?? null,
        article: a.id,
        event: cluster ? (eventIdOfCluster.get(cluster) ?? null) : null,
        evidence: {
          article: a.id,
          sentence: q.sentence,
          span: originalSpan(a, q.span.start, q.span.end),
          text: q.text,
        },
      });
    });
  });

  const articleRecords: ArticleRecord[] = articles.map((a) => ({
    id: a.id,
    source: a.input.source,
    url: a.input.url,
    title: a.title,
    outlet: a.input.outlet,
    publishedAt: a.publishedAt?.value ?? null,
    contentHash: sha256(a.input.text),
    text: a.input.text,
    diagnostics: a.diagnostics,
    excluded: a.blocks
      .filter((b) => b.kind === "boilerplate" || b.kind === "meta")
      .map((b) => ({ span: originalSpan(a, b.start, b.end), rule: b.rule ?? "clean/meta" })),
  }));

  const byId = <T extends { id: string }>(list: T[]): T[] => list.sort((x, y) => x.id.localeCompare(y.id));
  return {
    version: 1,
    articles: articleRecords,
    actors: byId(actors),
    places: byId(places),
    events: byId(events),
    quotes,
    diagnostics: [...inputDiagnostics],
  };
}

/**
 * Two clusters the merge kept apart but that have one id (same kind, participants and date;
 * or, undated, the same reporting sentence) are one happening: wire copies of one story, or
 * a month-dated event told twice. Their reports are joined into the first record.
 */
function joinReports(first: EventRecord, second: EventRecord): EventRecord {
  const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];
  const roles = [...first.roles];
  for (const r of second.roles) if (!roles.some((x) => x.actor === r.actor)) roles.push(r);
  return {
    ...first,
    participants: union(first.participants, second.participants),
    roles,
    places: union(first.places, second.places),
    confidence: Math.max(first.confidence, second.confidence),
    quotes: union(first.quotes, second.quotes),
    articles: union(first.articles, second.articles),
    evidence: [...first.evidence, ...second.evidence],
  };
}

const MORE_SPECIFIC = (a: LocalEvent, b: LocalEvent): number =>
  Number(a.cameo === "040") - Number(b.cameo === "040") || (b.cameo?.length ?? 0) - (a.cameo?.length ?? 0);

function eventRecord(
  articles: readonly ArticleAnalysis[],
  merge: MergeResult,
  cluster: EventCluster,
  idOf: (article: number, key: string) => string | undefined,
  nameOf: ReadonlyMap<string, string>,
  quoteIds: readonly (readonly string[])[],
): EventRecord | null {
  const members = [...cluster.members].sort(
    (x, y) =>
      (articles[x.article]?.id ?? "").localeCompare(articles[y.article]?.id ?? "") || x.event - y.event,
  );
  const locals = members.map((m) => articles[m.article]?.events[m.event]).filter((e): e is LocalEvent => !!e);
  const main = [...locals].sort(MORE_SPECIFIC)[0];
  const first = members[0];
  if (!main || !first) return null;
  const roles: Participant[] = [];
  const placeIds: string[] = [];
  const evidenceList: Evidence[] = [];
  const quotes: string[] = [];
  members.forEach((m) => {
    const a = articles[m.article];
    const e = a?.events[m.event];
    if (!a || !e) return;
    for (const p of e.participants) {
      const id = idOf(m.article, p.key);
      if (id && !roles.some((r) => r.actor === id)) roles.push({ actor: id, role: p.role });
    }
    for (const key of e.places) {
      const id = idOf(m.article, key);
      if (id && !placeIds.includes(id)) placeIds.push(id);
    }
    for (const s of [...e.sentences].sort((x, y) => x - y)) evidenceList.push(evidence(a, s));
    for (const q of e.quotes) {
      const id = quoteIds[m.article]?.[q];
      if (id) quotes.push(id);
    }
  });
  const date = cluster.date;
  const participantIds = roles.map((r) => r.actor);
  const firstEvidence = evidenceList[0];
  // An undated event is known by the sentence that reports it, so copies of one article
  // (syndicated wire stories) report one event.
  const id = date
    ? stableId("event", main.type, [...participantIds].sort().join(","), date.value)
    : stableId("event", main.type, [...participantIds].sort().join(","), firstEvidence?.text ?? "");
  const names = participantIds.map((p) => nameOf.get(p) ?? "").filter(Boolean);
  const where = placeIds.map((p) => nameOf.get(p) ?? "").filter(Boolean);
  const summary = `${main.type}: ${names.join(", ") || "unnamed participants"}${where.length > 0 ? ` in ${where.join(", ")}` : ""}${date ? ` (${date.value})` : ""}`;
  const articleIds = [...new Set(members.map((m) => articles[m.article]?.id ?? ""))];
  const confidence = Math.min(
    0.95,
    0.45 + 0.1 * evidenceList.length + (date ? 0.1 : 0) + 0.05 * articleIds.length,
  );
  return {
    id,
    type: main.type,
    cameo: main.cameo,
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateBasis: date?.basis ?? null,
    participants: participantIds,
    roles,
    places: placeIds,
    summary,
    confidence: Math.round(confidence * 100) / 100,
    quotes,
    articles: articleIds,
    evidence: evidenceList,
  };
}
