/**
 * The unit of import is the article: everything one article says (its mentions, its reports of
 * events, its quotes) is written in one transaction, so a crash never leaves half an article.
 * This module cuts an extraction document into those units and fails, with a reason, the
 * articles whose facts are broken, leaving the rest loadable.
 */
import type {
  ActorRecord,
  ArticleRecord,
  Diagnostic,
  EventRecord,
  Evidence,
  Participant,
  ParticipantRole,
  PlaceRecord,
  QuoteRecord,
} from "../domain/types.js";
import type { CheckedDocument } from "./document.js";

/** Something that could not be loaded, named by file and, when known, article. */
export interface ImportFailure {
  /** The input file the article was read from, or the document file. */
  readonly file: string;
  readonly article: string | null;
  readonly reason: string;
}

export interface ActorFacts {
  readonly actor: ActorRecord;
  /** False when the actor is here only as a participant or speaker the article does not name. */
  readonly mentioned: boolean;
  readonly mentions: readonly Evidence[];
  /** Titles this article gives the actor. */
  readonly roles: readonly string[];
}

export interface PlaceFacts {
  readonly place: PlaceRecord;
  /** False for a place present only as an event's place or as the container of another. */
  readonly mentioned: boolean;
  readonly mentions: readonly Evidence[];
}

export interface EventFacts {
  readonly event: EventRecord;
  /** This article's evidence for the event (may be empty: the event still cites the article). */
  readonly evidence: readonly Evidence[];
  /** The participants this article supports, with their roles. */
  readonly participants: readonly Participant[];
  /** The places this article supports. */
  readonly places: readonly string[];
}

export interface ArticleUnit {
  readonly article: ArticleRecord;
  readonly actors: readonly ActorFacts[];
  readonly places: readonly PlaceFacts[];
  readonly events: readonly EventFacts[];
  readonly quotes: readonly QuoteRecord[];
}

export interface ArticlePlan {
  readonly units: readonly ArticleUnit[];
  readonly failures: readonly ImportFailure[];
  /** Problems the extraction found in articles that still loaded. */
  readonly warnings: readonly Diagnostic[];
}

/** Records indexed by id; the first of duplicates wins and the rest are reported. */
function indexById<T extends { readonly id: string }>(
  records: readonly T[],
  articlesOf: (record: T) => readonly string[],
  kind: string,
  fail: (articles: readonly string[], reason: string) => void,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    if (byId.has(record.id)) fail(articlesOf(record), `duplicate ${kind} id "${record.id}"`);
    else byId.set(record.id, record);
  }
  return byId;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The participants of an event with their roles: `roles` where given, else `participant`.
 * An actor listed twice keeps its first role.
 */
export function participantsOf(event: EventRecord): Participant[] {
  const roles = new Map<string, ParticipantRole>();
  for (const { actor, role } of event.roles) if (!roles.has(actor)) roles.set(actor, role);
  for (const actor of event.participants) if (!roles.has(actor)) roles.set(actor, "participant");
  return [...roles].map(([actor, role]) => ({ actor, role }));
}

/**
 * Whether an article reporting an event vouches for one of its participants or places: it does
 * when it mentions the entity, or when none of the event's articles does (the extraction
 * inferred it). `mentionedByEvent` answers the second question once per event and entity, so
 * an event told by k articles costs O(k) for each entity, not O(k²).
 */
function supports(
  article: string,
  mentionedIn: ReadonlySet<string> | undefined,
  mentionedByEvent: () => boolean,
): boolean {
  return mentionedIn?.has(article) === true || !mentionedByEvent();
}

/** Memoises a computation per key, for facts of an event that every one of its articles asks. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
}

/** Cuts a checked document into per-article units; broken articles become failures. */
export function planArticleUnits(checked: CheckedDocument, documentFile: string): ArticlePlan {
  const { document } = checked;
  const failed = new Map<string, string[]>();
  const orphanFailures: ImportFailure[] = [];
  const articleIds = new Set(document.articles.map((article) => article.id));

  const fail = (articles: readonly string[], reason: string) => {
    const known = articles.filter((article) => articleIds.has(article));
    if (known.length === 0) orphanFailures.push({ file: documentFile, article: null, reason });
    for (const article of known) failed.set(article, [...(failed.get(article) ?? []), reason]);
  };
  for (const problem of checked.problems) fail(problem.articles, `${problem.path} ${problem.reason}`);

  const articles = indexById(document.articles, (a) => [a.id], "article", fail);
  const actors = indexById(document.actors, (a) => a.articles, "actor", fail);
  const places = indexById(document.places, (p) => p.articles, "place", fail);
  const events = indexById(document.events, (e) => e.articles, "event", fail);
  const quotes = indexById(document.quotes, (q) => [q.article], "quote", fail);

  for (const event of events.values()) {
    for (const { actor } of participantsOf(event)) {
      if (!actors.has(actor)) fail(event.articles, `event "${event.id}" names unknown actor "${actor}"`);
    }
    for (const place of event.places) {
      if (!places.has(place)) fail(event.articles, `event "${event.id}" names unknown place "${place}"`);
    }
  }
  for (const quote of quotes.values()) {
    if (!articles.has(quote.article))
      fail([], `quote "${quote.id}" belongs to unknown article "${quote.article}"`);
    if (quote.speaker !== null && !actors.has(quote.speaker)) {
      fail([quote.article], `quote "${quote.id}" has unknown speaker "${quote.speaker}"`);
    }
    if (quote.event !== null && !events.has(quote.event)) {
      fail([quote.article], `quote "${quote.id}" belongs to unknown event "${quote.event}"`);
    }
  }
  // A dangling container only loses the place its WITHIN link: the article is still sound.
  // A country is an actor that is a place too (one node with both labels).
  const isCountry = (id: string): boolean => actors.get(id)?.kind === "country";
  const containerWarnings: Diagnostic[] = [];
  for (const [id, place] of places) {
    if (place.within === null || places.has(place.within) || isCountry(place.within)) continue;
    containerWarnings.push({
      severity: "warning",
      rule: "import/unknown-container",
      reason: `place "${place.name}" (${place.id}) lies within "${place.within}", which is neither a place nor a country; the link is left out`,
      file: documentFile,
    });
    places.set(id, { ...place, within: null });
  }

  const actorMentions = new Map(
    [...actors.values()].map((a) => [a.id, groupBy(a.mentions, (m) => m.article)]),
  );
  const placeMentions = new Map(
    [...places.values()].map((p) => [p.id, groupBy(p.mentions, (m) => m.article)]),
  );
  const actorsByArticle = groupBy(
    [...actors.values()].flatMap((actor) => actor.articles.map((article) => ({ article, actor }))),
    (entry) => entry.article,
  );
  const placesByArticle = groupBy(
    [...places.values()].flatMap((place) => place.articles.map((article) => ({ article, place }))),
    (entry) => entry.article,
  );
  const eventsByArticle = groupBy(
    [...events.values()].flatMap((event) => event.articles.map((article) => ({ article, event }))),
    (entry) => entry.article,
  );
  const quotesByArticle = groupBy([...quotes.values()], (quote) => quote.article);
  // Per-entity and per-event lookups built once: planning stays linear in articles and mentions.
  const actorArticles = new Map([...actors.values()].map((a) => [a.id, new Set(a.articles)]));
  const placeArticles = new Map([...places.values()].map((p) => [p.id, new Set(p.articles)]));
  const actorRoles = new Map([...actors.values()].map((a) => [a.id, groupBy(a.roles, (r) => r.article)]));
  const eventEvidence = memo((event: EventRecord) => groupBy(event.evidence, (e) => e.article));
  const eventParticipants = memo((event: EventRecord) => participantsOf(event));
  const mentionedByEvent = (entityArticles: ReadonlyMap<string, ReadonlySet<string>>) =>
    memo((event: EventRecord) =>
      memo((entity: string) => event.articles.some((a) => entityArticles.get(entity)?.has(a) === true)),
    );
  const actorMentionedByEvent = mentionedByEvent(actorArticles);
  const placeMentionedByEvent = mentionedByEvent(placeArticles);

  const units: ArticleUnit[] = [];
  const failures: ImportFailure[] = [];
  for (const article of articles.values()) {
    const reasons = failed.get(article.id);
    if (reasons) {
      failures.push({ file: article.source, article: article.id, reason: reasons.join("; ") });
      continue;
    }
    const unitActors = new Map<string, ActorFacts>();
    const unitPlaces = new Map<string, PlaceFacts>();
    const addActor = (actorId: string, mentioned: boolean) => {
      const actor = actors.get(actorId);
      if (!actor || unitActors.has(actorId)) return;
      unitActors.set(actorId, {
        actor,
        mentioned,
        mentions: actorMentions.get(actorId)?.get(article.id) ?? [],
        roles: mentioned
          ? [...new Set((actorRoles.get(actorId)?.get(article.id) ?? []).map((r) => r.role))]
          : [],
      });
    };
    const addPlace = (placeId: string, mentioned: boolean) => {
      // Walk up the hierarchy so every WITHIN has both ends; `seen` guards against cycles.
      const seen = new Set<string>();
      for (let id: string | null = placeId, first = true; id !== null && !seen.has(id); first = false) {
        seen.add(id);
        if (isCountry(id)) {
          addActor(id, false);
          return;
        }
        const place = places.get(id);
        if (!place) return;
        if (!unitPlaces.has(id)) {
          const isMentioned = first && mentioned;
          unitPlaces.set(id, {
            place,
            mentioned: isMentioned,
            mentions: isMentioned ? (placeMentions.get(id)?.get(article.id) ?? []) : [],
          });
        }
        id = place.within;
      }
    };

    for (const { actor } of actorsByArticle.get(article.id) ?? []) addActor(actor.id, true);
    for (const { place } of placesByArticle.get(article.id) ?? []) addPlace(place.id, true);

    const unitQuotes = quotesByArticle.get(article.id) ?? [];
    // An article that quotes a statement reports it, even when the event does not list the article.
    const reported = new Map((eventsByArticle.get(article.id) ?? []).map(({ event }) => [event.id, event]));
    for (const quote of unitQuotes) {
      const event = quote.event === null ? undefined : events.get(quote.event);
      if (event && !reported.has(event.id)) reported.set(event.id, event);
    }
    const unitEvents = [...reported.values()].map((event): EventFacts => {
      // An article that reports the event only through a quote counts among its reporters; it
      // vouches for an entity it mentions whatever the others say, so it needs no special case.
      const participants = eventParticipants(event).filter(({ actor }) =>
        supports(article.id, actorArticles.get(actor), () => actorMentionedByEvent(event)(actor)),
      );
      const eventPlaces = event.places.filter((place) =>
        supports(article.id, placeArticles.get(place), () => placeMentionedByEvent(event)(place)),
      );
      for (const { actor } of participants) addActor(actor, false);
      for (const place of eventPlaces) addPlace(place, false);
      return {
        event,
        evidence: eventEvidence(event).get(article.id) ?? [],
        participants,
        places: eventPlaces,
      };
    });
    for (const quote of unitQuotes) if (quote.speaker !== null) addActor(quote.speaker, false);

    units.push({
      article,
      actors: [...unitActors.values()],
      places: [...unitPlaces.values()],
      events: unitEvents,
      quotes: unitQuotes,
    });
  }

  const extractionFailures = document.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => ({
      file: d.file,
      article: null,
      reason: `${d.reason} (${d.rule}${d.line ? `, line ${d.line}` : ""})`,
    }));
  const warnings = [
    ...containerWarnings,
    ...document.articles.flatMap((a) => a.diagnostics.filter((d) => d.severity !== "info")),
  ];
  return { units, failures: [...extractionFailures, ...orphanFailures, ...failures], warnings };
}
