/**
 * Parameterised Cypher for the projections, over the graph model in docs/graph-model.md. Every
 * builder is pure: it returns the statement and its parameters, and runs nothing. Each starts
 * from the events the filter selects, so every projection of one filter covers the same events.
 */
import type { VizFilter } from "../filter.js";

export interface CypherQuery {
  readonly text: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** Max depth of the place hierarchy followed when a place filter names a country or region. */
const MAX_PLACE_DEPTH = 5;

/** `MATCH (e:Event) WHERE …` for the filter; the rest of a query continues from `e`. */
export function filteredEvents(filter: VizFilter): CypherQuery {
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (filter.from !== null) {
    conditions.push("e.date >= date($from)");
    parameters.from = filter.from;
  }
  if (filter.to !== null) {
    conditions.push("e.date <= date($to)");
    parameters.to = filter.to;
  }
  if (filter.cameo.length > 0) {
    conditions.push("any(code IN $cameo WHERE e.cameo STARTS WITH code)");
    parameters.cameo = filter.cameo;
  }
  if (filter.actors.length > 0) {
    conditions.push(
      "EXISTS { MATCH (actor:Actor)-[:PARTICIPATED_IN]->(e) WHERE actor.id IN $actors OR toLower(actor.name) IN $actorNames OR any(alias IN actor.aliases WHERE toLower(alias) IN $actorNames) }",
    );
    parameters.actors = filter.actors;
    parameters.actorNames = filter.actors.map((name) => name.toLowerCase());
  }
  if (filter.places.length > 0) {
    conditions.push(
      `EXISTS { MATCH (e)-[:TOOK_PLACE_IN]->(:Place)-[:WITHIN*0..${MAX_PLACE_DEPTH}]->(place:Place) WHERE place.id IN $places OR toLower(place.name) IN $placeNames OR any(alias IN place.aliases WHERE toLower(alias) IN $placeNames) }`,
    );
    parameters.places = filter.places;
    parameters.placeNames = filter.places.map((name) => name.toLowerCase());
  }
  const where = conditions.length > 0 ? `\nWHERE ${conditions.join("\n  AND ")}` : "";
  return { text: `MATCH (e:Event)${where}`, parameters };
}

function continueFrom(filter: VizFilter, rest: string): CypherQuery {
  const events = filteredEvents(filter);
  return { text: `${events.text}\n${rest.trim()}`, parameters: events.parameters };
}

/** Row per actor taking part in the selected events, with how many and when. */
export function actorsQuery(filter: VizFilter): CypherQuery {
  return continueFrom(
    filter,
    `
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
WITH a, count(DISTINCT e) AS eventCount, min(e.date) AS firstDate, max(e.date) AS lastDate,
     count(DISTINCT CASE WHEN e.date IS NULL THEN e END) AS undatedCount
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.countryCode AS countryCode, eventCount,
       undatedCount, toString(firstDate) AS firstDate, toString(lastDate) AS lastDate
ORDER BY id`,
  );
}

/**
 * Row per pair of actors sharing selected events: how many (the weight), first and last date,
 * which event types. Each pair once, smaller id first.
 */
export function actorLinksQuery(filter: VizFilter): CypherQuery {
  return continueFrom(
    filter,
    `
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
WITH a, b, count(DISTINCT e) AS weight, min(e.date) AS firstDate, max(e.date) AS lastDate,
     count(DISTINCT CASE WHEN e.date IS NULL THEN e END) AS undatedCount, collect(DISTINCT e.type) AS types
RETURN a.id AS source, b.id AS target, weight, undatedCount, toString(firstDate) AS firstDate,
       toString(lastDate) AS lastDate, types
ORDER BY source, target`,
  );
}

/** Row per actor–event participation in the selected events, with the roles taken. */
export function participationsQuery(filter: VizFilter): CypherQuery {
  return continueFrom(
    filter,
    `
MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
WITH a, e, collect(DISTINCT p.role) AS roles
RETURN a.id AS actor, e.id AS event, roles
ORDER BY actor, event`,
  );
}

/**
 * Row per selected event with what a reader needs: participants and roles, places, quotes with
 * speakers, and source articles with the evidence sentence. Dated events first, by date.
 */
export function eventDetailsQuery(filter: VizFilter): CypherQuery {
  return continueFrom(
    filter,
    `
RETURN e.id AS id, e.type AS type, e.cameo AS cameo, toString(e.date) AS date,
       e.datePrecision AS datePrecision, e.summary AS summary, e.confidence AS confidence,
       COLLECT { MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
                 RETURN a { .id, .name, .kind, role: p.role } AS participant ORDER BY a.name, p.role } AS participants,
       COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(place:Place)
                 RETURN place { .id, .name } AS place ORDER BY place.name } AS places,
       COLLECT { MATCH (q:Quote)-[:PART_OF]->(e)
                 OPTIONAL MATCH (speaker:Actor)-[:SAID]->(q)
                 RETURN q { .id, .text, date: toString(q.date), speakerId: speaker.id, speakerName: speaker.name } AS quote
                 ORDER BY q.date, q.id } AS quotes,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(article:Article)
                 // One source per article, however many of its sentences report the event.
                 WITH DISTINCT e, article
                 RETURN article { .id, .url, .title, .outlet, publishedAt: toString(article.publishedAt),
                   evidence: COLLECT { MATCH (e)-[r:REPORTED_IN]->(article) RETURN r.text ORDER BY r.sentence LIMIT 1 }[0] } AS source
                 ORDER BY article.publishedAt, article.id } AS sources
ORDER BY e.date IS NULL, e.date, e.id`,
  );
}

/** Row per place of the selected events: where it is, how many events, first and last date. */
export function placesQuery(filter: VizFilter): CypherQuery {
  return continueFrom(
    filter,
    `
MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
WITH p, count(DISTINCT e) AS eventCount, min(e.date) AS firstDate, max(e.date) AS lastDate,
     count(DISTINCT CASE WHEN e.date IS NULL THEN e END) AS undatedCount
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.countryCode AS countryCode,
       p.location.latitude AS latitude, p.location.longitude AS longitude, eventCount, undatedCount,
       toString(firstDate) AS firstDate, toString(lastDate) AS lastDate
ORDER BY id`,
  );
}
