/**
 * The extraction document: what `newsgraph extract --json` prints, what the importer
 * loads and what the exporters read. It is a superset of the shape the scorer in
 * `shared/eval` reads (articles, actors, places, events, quotes), so field names
 * there are fixed; everything else is ours to extend.
 *
 * This module is the innermost layer: it imports nothing.
 */

/** ISO calendar date `YYYY-MM-DD`, month `YYYY-MM` or year `YYYY`, matching `precision`. */
export type IsoDateString = string;

export type DatePrecision = "day" | "month" | "year";

/**
 * How a date was obtained: `stated` when the text names the day itself
 * ("on 6 November 2023"), `inferred` when it was resolved relative to the
 * publication date ("on Monday"), `coreference` when it came from another
 * article reporting the same happening (cross-article merge).
 */
export type DateBasis = "stated" | "inferred" | "coreference";

export interface ResolvedDate {
  readonly value: IsoDateString;
  readonly precision: DatePrecision;
  readonly basis: DateBasis;
}

/** Character offsets into the article's original text, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a fact was read: article, sentence index and offsets into the original text. */
export interface Evidence {
  readonly article: string;
  readonly sentence: number;
  readonly span: Span;
  /** The evidence text itself, for display without re-reading the article. */
  readonly text: string;
}

/** A problem found in an input, kept as data (vfile-message style), never thrown. */
export interface Diagnostic {
  readonly severity: "error" | "warning" | "info";
  /** Stable machine-readable rule id, e.g. `reader/invalid-utf8`. */
  readonly rule: string;
  readonly reason: string;
  /** The input file the problem belongs to. */
  readonly file: string;
  /** 1-based line for line-oriented inputs (JSON Lines). */
  readonly line?: number;
  readonly span?: Span;
}

export interface ArticleRecord {
  /** Stable id: derived from the url when there is one, else from the content. */
  readonly id: string;
  /** The input file path (the scorer keys articles by its basename). */
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  /** The outlet ("Reuters", "ICARO Media Group"), when known. */
  readonly outlet: string | null;
  /** Publication day `YYYY-MM-DD`, or null when nothing dates the article. */
  readonly publishedAt: IsoDateString | null;
  /** sha256 of the article text, to detect a changed article on re-import. */
  readonly contentHash: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Parts of `text` left out of the analysis (boilerplate, header lines), with the
   * cleaning rule that excluded them. Added by the extraction; may be absent.
   */
  readonly excluded?: readonly ExcludedSpan[];
}

/** A span of an article's text that the cleaner excluded from the story. */
export interface ExcludedSpan {
  readonly span: Span;
  /** The cleaning rule, e.g. `clean/copyright`, `clean/photo-credit`, `clean/header`. */
  readonly rule: string;
}

export type ActorKind = "person" | "organization" | "country" | "group";

/** A title or role an article gives a person ("White House spokesperson"). */
export interface RoleStatement {
  readonly role: string;
  readonly article: string;
}

export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code for countries, or a person's/organisation's country when known. */
  readonly countryCode: string | null;
  readonly roles: readonly RoleStatement[];
  /** Ids of the articles that mention this actor. */
  readonly articles: readonly string[];
  readonly mentions: readonly Evidence[];
  /** Centroid for countries (from world-countries); absent for other actors. */
  readonly latitude?: number | null;
  readonly longitude?: number | null;
}

export type PlaceKind = "country" | "city" | "region" | "territory" | "landmark";

export interface PlaceRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  readonly countryCode: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Id of the enclosing place (a city's country), when known. */
  readonly within: string | null;
  readonly articles: readonly string[];
  readonly mentions: readonly Evidence[];
}

export type ParticipantRole = "initiator" | "counterpart" | "speaker" | "target" | "participant";

export interface Participant {
  readonly actor: string;
  readonly role: ParticipantRole;
}

export interface EventRecord {
  readonly id: string;
  /** Our readable type: "call", "meeting", "visit", "statement", "attack", … */
  readonly type: string;
  /** CAMEO code: the two-digit root ("04") or a finer code ("041"). */
  readonly cameo: string | null;
  /** The day (or month, year) the event happened, not the day the article appeared. */
  readonly date: IsoDateString | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateBasis: DateBasis | null;
  /** Actor ids, for the scorer; `roles` carries the same actors with their roles. */
  readonly participants: readonly string[];
  readonly roles: readonly Participant[];
  readonly places: readonly string[];
  readonly summary: string;
  readonly confidence: number;
  readonly quotes: readonly string[];
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface QuoteRecord {
  readonly id: string;
  readonly text: string;
  /** Actor id of the speaker, or null when the text does not say who spoke. */
  readonly speaker: string | null;
  readonly date: IsoDateString | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateBasis: DateBasis | null;
  readonly article: string;
  readonly event: string | null;
  readonly evidence: Evidence;
}

export interface ExtractionDocument {
  readonly version: 1;
  readonly articles: readonly ArticleRecord[];
  readonly actors: readonly ActorRecord[];
  readonly places: readonly PlaceRecord[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly QuoteRecord[];
  /** Problems with inputs that produced no article (unreadable files, bad JSON lines). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One line of an extraction stream (`newsgraph extract --jsonl`). The stream opens with a
 * `stream` record; then each batch of articles is its `article` records (each with the
 * actors, places and quotes of that article alone), the batch's merged `event` records and a
 * `batch` record that closes it. Concatenating an article's records by id gives back the batch's
 * {@link ExtractionDocument}, so a consumer holds one batch at a time.
 */
export type StreamRecord =
  | { readonly type: "stream"; readonly version: 1 }
  | { readonly type: "diagnostic"; readonly diagnostic: Diagnostic }
  | {
      readonly type: "article";
      readonly article: ArticleRecord;
      readonly actors: readonly ActorRecord[];
      readonly places: readonly PlaceRecord[];
      readonly quotes: readonly QuoteRecord[];
    }
  | { readonly type: "event"; readonly event: EventRecord }
  | { readonly type: "batch"; readonly articles: number; readonly events: number };
