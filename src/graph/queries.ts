/**
 * The import's Cypher: fixed statement texts with every value passed as a parameter (rows are
 * UNWIND-ed), so no data is ever spliced into a query. Each builder is pure and returns the
 * text and its parameters; the importer runs them inside one transaction per batch.
 */
import type { ParticipantRole } from "../domain/types.js";
import type {
  ActorRow,
  ArticleRow,
  LocationRow,
  MentionRow,
  ParticipationRow,
  PlaceRow,
  QuoteRow,
  ReportRow,
  WithinRow,
} from "./batch-rows.js";
import type { EventAggregate } from "./event-claims.js";

export interface CypherQuery {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/**
 * When articles disagree on how an actor took part, the most specific role wins, whatever the
 * order the articles came in.
 */
export const ROLE_PRIORITY: readonly ParticipantRole[] = [
  "initiator",
  "counterpart",
  "speaker",
  "target",
  "participant",
];

/** Appends to a list property only what it lacks (a set union that keeps first-seen order). */
function unionInto(list: string, additions: string): string {
  return `reduce(acc = coalesce(${list}, []), item IN ${additions} | CASE WHEN item IN acc THEN acc ELSE acc + item END)`;
}

/** Aliases grow with what each run calls the entity, including a name it no longer uses. */
const MERGE_ALIASES = (node: string) =>
  `ON CREATE SET ${node}.aliases = row.aliases
ON MATCH SET ${node}.aliases = ${unionInto(`${node}.aliases`, `row.aliases + CASE WHEN ${node}.name <> row.name THEN [${node}.name] ELSE [] END`)}`;

// ---------------------------------------------------------------------------------- reads

/** Content hashes of the articles already stored, to tell new, changed and unchanged apart. */
export function storedArticlesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash`,
    params: { ids },
  };
}

/**
 * Takes the batch's articles for this transaction: each is merged (so a concurrent import of the
 * same article waits here until this one commits, and then sees it) and write-locked; returns
 * the content hash each had before, null for an article this transaction created.
 */
export function claimArticlesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MERGE (a:Article {id: id})
WITH a, id, a.contentHash AS contentHash
CALL apoc.lock.nodes([a])
RETURN id, contentHash`,
    params: { ids: [...ids].sort() },
  };
}

/** Which of these event ids are already nodes. */
export function storedEventsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id`,
    params: { ids },
  };
}

export interface CandidateRequest {
  /** The new event's id. */
  readonly key: string;
  readonly type: string;
  readonly cameoRoot: string | null;
  readonly participants: readonly string[];
  readonly places: readonly string[];
  /** Inclusive stored-date range to search (the rule's window). */
  readonly from: string;
  readonly to: string;
}

/**
 * Stored events that could be the same happening as each new one: dated in its window (an
 * index seek on `Event.date`), of the same type or CAMEO root, sharing a participant (a place,
 * for an event without participants). The same-happening rule then decides among them.
 */
export function eventCandidatesQuery(requests: readonly CandidateRequest[]): CypherQuery {
  return {
    text: `UNWIND $requests AS request
MATCH (c:Event)
WHERE c.date >= date(request.from) AND c.date <= date(request.to)
  AND c.id <> request.key
  AND (c.type = request.type OR c.cameoRoot = request.cameoRoot)
  AND CASE
    WHEN size(request.participants) > 0
      THEN EXISTS { MATCH (x:Actor)-[:PARTICIPATED_IN]->(c) WHERE x.id IN request.participants }
    ELSE EXISTS { MATCH (c)-[:TOOK_PLACE_IN]->(p:Place) WHERE p.id IN request.places }
  END
RETURN request.key AS key, c.id AS id, c.type AS type, c.cameo AS cameo,
  toString(c.date) AS date, c.datePrecision AS datePrecision, c.sourceCount AS sourceCount,
  [(x:Actor)-[:PARTICIPATED_IN]->(c) | x.id] AS participants,
  [(c)-[:TOOK_PLACE_IN]->(p:Place) | p.id] AS places`,
    params: { requests },
  };
}

/** Each event's claims: one per REPORTED_IN, with the reporting article. */
export function eventClaimsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (e:Event {id: id})-[r:REPORTED_IN]->(a:Article)
RETURN e.id AS id, collect({
  article: a.id, type: r.type, cameo: r.cameo, date: toString(r.date), datePrecision: r.datePrecision,
  dateBasis: r.dateBasis, summary: r.summary, confidence: r.confidence
}) AS claims`,
    params: { ids },
  };
}

// ---------------------------------------------------------------- replacing an article

/**
 * The nodes a replaced article's old facts touch: after its new facts are written, those left
 * without provenance are deleted (see the orphan queries).
 */
export function touchedByArticlesQuery(articleIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN
  COLLECT { MATCH (a)<-[:REPORTED_IN]-(e:Event) RETURN DISTINCT e.id } AS events,
  COLLECT { MATCH (a)<-[:REPORTED_IN]-(q:Quote) RETURN DISTINCT q.id } AS quotes,
  COLLECT {
    MATCH (a)<-[:MENTIONED_IN]-(x:Actor) RETURN x.id AS id
    UNION MATCH (a)<-[:REPORTED_IN]-(:Event)<-[:PARTICIPATED_IN]-(x:Actor) RETURN x.id AS id
    UNION MATCH (a)<-[:REPORTED_IN]-(:Quote)<-[:SAID]-(x:Actor) RETURN x.id AS id
  } AS actors,
  COLLECT {
    MATCH (a)<-[:MENTIONED_IN]-(p:Place) RETURN p.id AS id
    UNION MATCH (a)<-[:REPORTED_IN]-(:Event)-[:TOOK_PLACE_IN]->(p:Place) RETURN p.id AS id
  } AS places`,
    params: { articleIds },
  };
}

/** Withdraws the articles' support from participations and event places; unsupported ones go. */
export function releaseSupportQuery(articleIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:REPORTED_IN]-(e:Event)
WITH DISTINCT articleId, e
MATCH (e)-[r:PARTICIPATED_IN|TOOK_PLACE_IN]-()
WHERE articleId IN r.articles
WITH r, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> articleId] AS keep
SET r.articles = [i IN keep | r.articles[i]],
    r.roles = CASE WHEN r.roles IS NULL THEN null ELSE [i IN keep | r.roles[i]] END
WITH r
CALL (r) {
  WITH r WHERE size(r.articles) > 0 AND r.roles IS NOT NULL
  SET r.role = [p IN $rolePriority WHERE p IN r.roles][0]
}
CALL (r) {
  WITH r WHERE size(r.articles) = 0
  DELETE r
}`,
    params: { articleIds, rolePriority: ROLE_PRIORITY },
  };
}

/** Removes the articles' evidence, mentions and their quotes' links; nodes stay until the orphan pass. */
export function dropProvenanceQuery(articleIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(:Quote)-[link:PART_OF]->()
  DELETE link
}
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(:Quote)<-[link:SAID]-()
  DELETE link
}
CALL (a) {
  MATCH (a)<-[r:REPORTED_IN|MENTIONED_IN]-()
  DELETE r
}`,
    params: { articleIds },
  };
}

export function deleteOrphanQuotesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (q:Quote {id: id})
WHERE NOT (q)-[:REPORTED_IN]->()
DETACH DELETE q`,
    params: { ids },
  };
}

export function deleteOrphanEventsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT (e)-[:REPORTED_IN]->()
DETACH DELETE e`,
    params: { ids },
  };
}

/**
 * Deletes actors no article speaks of any more. An affiliation is derived, not evidence, so it
 * keeps nothing alive; a country that cities lie within stays.
 */
export function deleteOrphanActorsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (x:Actor {id: id})
WHERE NOT (x)-[:MENTIONED_IN|PARTICIPATED_IN|SAID]-() AND NOT ()-[:WITHIN]->(x)
DETACH DELETE x`,
    params: { ids },
  };
}

/**
 * Deletes places nothing mentions, locates an event in or lies within; returns their
 * containers, which may have become orphans in turn. A country is an actor as well, and
 * goes by the actors' rule.
 */
export function deleteOrphanPlacesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (p:Place {id: id})
WHERE NOT p:Actor AND NOT (p)-[:MENTIONED_IN]->() AND NOT ()-[:TOOK_PLACE_IN]->(p) AND NOT ()-[:WITHIN]->(p)
WITH p, [(p)-[:WITHIN]->(container:Place) | container.id] AS containers
DETACH DELETE p
RETURN containers`,
    params: { ids },
  };
}

/** An actor's roles are the titles the articles still mentioning it give it. */
export function recomputeActorRolesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (x:Actor {id: id})
SET x.roles = COLLECT { MATCH (x)-[m:MENTIONED_IN]->() UNWIND m.roles AS role RETURN DISTINCT role ORDER BY role }`,
    params: { ids },
  };
}

// --------------------------------------------------------------------------------- writes

export function writeArticlesQuery(rows: readonly ArticleRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.source = row.source, a.outlet = row.outlet,
    a.publishedAt = date(row.publishedAt), a.contentHash = row.contentHash, a.importedAt = datetime()`,
    params: { rows },
  };
}

export function writeActorsQuery(rows: readonly ActorRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
${MERGE_ALIASES("x")}
SET x.name = row.name, x.kind = row.kind, x.countryCode = coalesce(row.countryCode, x.countryCode),
    x.roles = ${unionInto("x.roles", "row.roles")}
WITH x, row WHERE row.kind = 'country'
SET x:Place, x.location = CASE
  WHEN row.latitude IS NULL OR row.longitude IS NULL THEN x.location
  ELSE point({latitude: row.latitude, longitude: row.longitude})
END`,
    params: { rows },
  };
}

/**
 * Links people and organisations to the country whose code they carry (a title such as
 * "Israeli President" gives it), in both directions of arrival: the actors just written to
 * their stored country, and a country just written to its stored people and organisations.
 */
export function linkAffiliationsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (x:Actor {id: id}) WHERE x.countryCode IS NOT NULL
MATCH (y:Actor {countryCode: x.countryCode})
WHERE (x.kind = 'country') <> (y.kind = 'country')
WITH CASE WHEN x.kind = 'country' THEN y ELSE x END AS member,
     CASE WHEN x.kind = 'country' THEN x ELSE y END AS country
MERGE (member)-[:AFFILIATED_WITH]->(country)`,
    params: { ids },
  };
}

export function writePlacesQuery(rows: readonly PlaceRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MERGE (p:Place {id: row.id})
${MERGE_ALIASES("p")}
SET p.name = row.name, p.kind = row.kind, p.countryCode = coalesce(row.countryCode, p.countryCode),
    p.location = CASE
      WHEN row.latitude IS NULL OR row.longitude IS NULL THEN p.location
      ELSE point({latitude: row.latitude, longitude: row.longitude})
    END`,
    params: { rows },
  };
}

/** A place lies within one container: the latest extraction's. */
export function writeWithinQuery(rows: readonly WithinRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (p:Place {id: row.place}), (container:Place {id: row.within})
MERGE (p)-[:WITHIN]->(container)
WITH p, container
MATCH (p)-[old:WITHIN]->(other:Place) WHERE other <> container
DELETE old`,
    params: { rows },
  };
}

/** Mentions are created, not merged: a stored article's provenance is dropped before it is rewritten. */
export function writeMentionsQuery(label: "Actor" | "Place", rows: readonly MentionRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (n:${label} {id: row.entity}), (a:Article {id: row.article})
CREATE (n)-[:MENTIONED_IN {
  roles: row.roles,
  sentences: [v IN row.sentences | toInteger(v)],
  starts: [v IN row.starts | toInteger(v)],
  ends: [v IN row.ends | toInteger(v)]
}]->(a)`,
    params: { rows },
  };
}

/** Event nodes; their properties come from the claims (see {@link setEventAggregatesQuery}). */
export function writeEventsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MERGE (:Event {id: id})`,
    params: { ids },
  };
}

export function writeReportsQuery(rows: readonly ReportRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (a:Article {id: row.article})
CREATE (e)-[r:REPORTED_IN]->(a)
SET r.sentence = toInteger(row.sentence), r.start = toInteger(row.start), r.end = toInteger(row.end),
    r.text = row.text, r.type = row.type, r.cameo = row.cameo, r.date = date(row.date),
    r.datePrecision = row.datePrecision, r.dateBasis = row.dateBasis, r.summary = row.summary,
    r.confidence = row.confidence`,
    params: { rows },
  };
}

/**
 * A participation lists the articles that support it, with the role each gives; its `role` is
 * the most specific of those.
 */
export function writeParticipationsQuery(rows: readonly ParticipationRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (x:Actor {id: row.actor}), (e:Event {id: row.event})
MERGE (x)-[r:PARTICIPATED_IN]->(e)
ON CREATE SET r.articles = [], r.roles = []
WITH r, row WHERE NOT row.article IN r.articles
SET r.articles = r.articles + row.article, r.roles = r.roles + row.role
WITH r
SET r.role = [p IN $rolePriority WHERE p IN r.roles][0]`,
    params: { rows, rolePriority: ROLE_PRIORITY },
  };
}

export function writeLocationsQuery(rows: readonly LocationRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (p:Place {id: row.place})
MERGE (e)-[r:TOOK_PLACE_IN]->(p)
ON CREATE SET r.articles = []
WITH r, row WHERE NOT row.article IN r.articles
SET r.articles = r.articles + row.article`,
    params: { rows },
  };
}

export function writeQuotesQuery(rows: readonly QuoteRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.date = date(row.date), q.datePrecision = row.datePrecision, q.dateBasis = row.dateBasis
WITH q, row
MATCH (a:Article {id: row.article})
CREATE (q)-[:REPORTED_IN {
  sentence: toInteger(row.sentence), start: toInteger(row.start), end: toInteger(row.end), text: row.evidence
}]->(a)`,
    params: { rows },
  };
}

export function writeSpeakersQuery(rows: readonly QuoteRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (s:Actor {id: row.speaker}), (q:Quote {id: row.id})
MERGE (s)-[:SAID]->(q)`,
    params: { rows: rows.filter((row) => row.speaker !== null).map(({ id, speaker }) => ({ id, speaker })) },
  };
}

export function writeQuoteEventsQuery(rows: readonly QuoteRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (q:Quote {id: row.id}), (e:Event {id: row.event})
MERGE (q)-[:PART_OF]->(e)`,
    params: { rows: rows.filter((row) => row.event !== null).map(({ id, event }) => ({ id, event })) },
  };
}

export function setEventAggregatesQuery(
  rows: readonly (EventAggregate & { readonly id: string })[],
): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.type = row.type, e.cameo = row.cameo, e.cameoRoot = row.cameoRoot, e.date = date(row.date),
    e.datePrecision = row.datePrecision, e.dateBasis = row.dateBasis, e.summary = row.summary,
    e.confidence = row.confidence, e.sourceCount = toInteger(row.sourceCount)`,
    params: { rows },
  };
}
