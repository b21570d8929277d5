/**
 * Flattens a batch of article units into the parameter rows the write queries UNWIND: one row
 * per node (deduplicated across the batch) and one per relationship.
 */
import type { ParticipantRole } from "../domain/types.js";
import type { ArticleUnit } from "./article-units.js";
import { storedDate } from "./event-claims.js";

export interface ArticleRow {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly contentHash: string;
}

export interface ActorRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly countryCode: string | null;
  readonly roles: readonly string[];
  /** A country's centroid: a country is also the place that events happen in and cities lie within. */
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface PlaceRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly countryCode: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface WithinRow {
  readonly place: string;
  readonly within: string;
}

export interface MentionRow {
  readonly entity: string;
  readonly article: string;
  readonly roles: readonly string[];
  readonly sentences: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** One REPORTED_IN of an event: a piece of evidence plus the article's claim about the event. */
export interface ReportRow {
  readonly event: string;
  readonly article: string;
  readonly sentence: number | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string | null;
  readonly type: string;
  readonly cameo: string | null;
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly dateBasis: string | null;
  readonly summary: string;
  readonly confidence: number;
}

export interface ParticipationRow {
  readonly actor: string;
  readonly event: string;
  readonly role: ParticipantRole;
  readonly article: string;
}

export interface LocationRow {
  readonly event: string;
  readonly place: string;
  readonly article: string;
}

export interface QuoteRow {
  readonly id: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly event: string | null;
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly dateBasis: string | null;
  readonly article: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly evidence: string;
}

export interface BatchRows {
  readonly articles: readonly ArticleRow[];
  readonly actors: readonly ActorRow[];
  readonly places: readonly PlaceRow[];
  readonly within: readonly WithinRow[];
  readonly actorMentions: readonly MentionRow[];
  readonly placeMentions: readonly MentionRow[];
  /** Event node ids (resolved), deduplicated. */
  readonly events: readonly string[];
  readonly reports: readonly ReportRow[];
  readonly participations: readonly ParticipationRow[];
  readonly locations: readonly LocationRow[];
  readonly quotes: readonly QuoteRow[];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function mentionRow(
  entity: string,
  article: string,
  roles: readonly string[],
  unit: ArticleUnit["actors"][number]["mentions"],
): MentionRow {
  return {
    entity,
    article,
    roles,
    sentences: unit.map((m) => m.sentence),
    starts: unit.map((m) => m.span.start),
    ends: unit.map((m) => m.span.end),
  };
}

/**
 * The rows for a batch. `eventId` maps an extracted event id to the node it is written to
 * (itself, or the stored event it was resolved to).
 */
export function batchRows(units: readonly ArticleUnit[], eventId: (extracted: string) => string): BatchRows {
  const actors = new Map<string, ActorRow>();
  const places = new Map<string, PlaceRow>();
  const within = new Map<string, WithinRow>();
  const events = new Set<string>();
  const rows = {
    articles: [] as ArticleRow[],
    actorMentions: [] as MentionRow[],
    placeMentions: [] as MentionRow[],
    reports: [] as ReportRow[],
    participations: [] as ParticipationRow[],
    locations: [] as LocationRow[],
    quotes: [] as QuoteRow[],
  };

  for (const { article, actors: unitActors, places: unitPlaces, events: unitEvents, quotes } of units) {
    rows.articles.push({
      id: article.id,
      url: article.url,
      title: article.title,
      source: article.source,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      contentHash: article.contentHash,
    });
    for (const { actor, mentioned, mentions, roles } of unitActors) {
      const current = actors.get(actor.id);
      actors.set(actor.id, {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: union(current?.aliases ?? [], actor.aliases),
        countryCode: actor.countryCode,
        roles: union(current?.roles ?? [], roles),
        latitude: actor.latitude ?? null,
        longitude: actor.longitude ?? null,
      });
      if (mentioned) rows.actorMentions.push(mentionRow(actor.id, article.id, roles, mentions));
    }
    for (const { place, mentioned, mentions } of unitPlaces) {
      places.set(place.id, {
        id: place.id,
        name: place.name,
        kind: place.kind,
        aliases: union(places.get(place.id)?.aliases ?? [], place.aliases),
        countryCode: place.countryCode,
        latitude: place.latitude,
        longitude: place.longitude,
      });
      if (place.within !== null) within.set(place.id, { place: place.id, within: place.within });
      if (mentioned) rows.placeMentions.push(mentionRow(place.id, article.id, [], mentions));
    }
    for (const { event, evidence, participants, places: eventPlaces } of unitEvents) {
      const id = eventId(event.id);
      events.add(id);
      const claim = {
        event: id,
        article: article.id,
        type: event.type,
        cameo: event.cameo,
        date: storedDate(event.date),
        datePrecision: event.datePrecision,
        dateBasis: event.dateBasis,
        summary: event.summary,
        confidence: event.confidence,
      };
      if (evidence.length === 0)
        rows.reports.push({ ...claim, sentence: null, start: null, end: null, text: null });
      for (const e of evidence) {
        rows.reports.push({
          ...claim,
          sentence: e.sentence,
          start: e.span.start,
          end: e.span.end,
          text: e.text,
        });
      }
      for (const { actor, role } of participants) {
        rows.participations.push({ actor, event: id, role, article: article.id });
      }
      for (const place of eventPlaces) rows.locations.push({ event: id, place, article: article.id });
    }
    for (const quote of quotes) {
      rows.quotes.push({
        id: quote.id,
        text: quote.text,
        speaker: quote.speaker,
        event: quote.event === null ? null : eventId(quote.event),
        date: storedDate(quote.date),
        datePrecision: quote.datePrecision,
        dateBasis: quote.dateBasis,
        article: article.id,
        sentence: quote.evidence.sentence,
        start: quote.evidence.span.start,
        end: quote.evidence.span.end,
        evidence: quote.evidence.text,
      });
    }
  }

  return {
    ...rows,
    actors: [...actors.values()],
    places: [...places.values()],
    within: [...within.values()],
    events: [...events],
  };
}
