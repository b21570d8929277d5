/**
 * The pipeline's working types, passed from stage to stage for one article. The
 * public output types live in src/domain/types.ts; these stay inside extraction.
 */
import type {
  DateBasis,
  DatePrecision,
  Diagnostic,
  ParticipantRole,
  PlaceKind,
  Span,
} from "../domain/types.js";
import type { OrganizationCategory } from "./lexicon/organizations.js";

/** One article as read from an input, before any analysis. */
export interface InputArticle {
  /** The input file path; for JSON and JSON Lines `path#line` or `path#id`. */
  readonly source: string;
  /** 1-based line for JSON Lines records. */
  readonly line: number | null;
  readonly externalId: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  /** As given by the input (front matter, JSON), normalised to YYYY-MM-DD, or null. */
  readonly publishedAt: string | null;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type BlockKind = "title" | "heading" | "meta" | "body" | "boilerplate";

/** A line of the article (a paragraph, a heading…) with what the cleaner made of it. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  /** The cleaning rule that classified the block as boilerplate or meta, if any. */
  readonly rule: string | null;
}

export interface QuoteSpan {
  /** Including the quote marks. */
  readonly start: number;
  readonly end: number;
  /** The quoted text without the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly blockIndex: number;
  readonly kind: "title" | "heading" | "body";
}

export type EntityKind = "person" | "organization" | "country" | "place";

/** A reference to an entity found in the text. */
export interface Mention {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly kind: EntityKind;
  /** The article-level entity it refers to (see LocalEntity.key). */
  key: string;
  readonly inQuote: boolean;
  /** Modifies a name or title ("Israeli" in "Israeli Prime Minister"): not an actor by itself. */
  readonly qualifier: boolean;
}

export interface LocalEntity {
  /** Article-independent identity key: "country:IL", "person:biden|joseph", "org:white house"… */
  readonly key: string;
  readonly kind: EntityKind;
  name: string;
  readonly aliases: Set<string>;
  readonly placeKind: PlaceKind | null;
  countryCode: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly category: OrganizationCategory | null;
  readonly roles: Set<string>;
  /** For persons: the family name key and the given-name key, to join short forms. */
  readonly familyName: string | null;
  readonly givenName: string | null;
  /** Every word of a person's full name ("luiz", "inacio", "lula", "silva"), to join any short form. */
  readonly nameParts: readonly string[];
}

/** A temporal expression, resolved against the publication date when possible. */
export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the article's date is unknown and the text is relative. */
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly basis: DateBasis | null;
  /** Day of week (0 = Sunday) the text names, kept even when the date is unknown. */
  readonly weekday: number | null;
  /** Month (1-12) the text names, kept even when the date is unknown ("in October"). */
  readonly month: number | null;
  /** "Hours later", "the same day": the day of the previous event. */
  readonly sameDayAsPrevious: boolean;
}

export interface ArticleDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly basis: DateBasis;
}

export interface LocalQuote {
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  /** Key of the speaking entity, or null. */
  readonly speaker: string | null;
  date: ArticleDate | null;
  /** Index into the article's events of the event the quote belongs to. */
  event: number | null;
}

export interface LocalParticipant {
  readonly key: string;
  readonly role: ParticipantRole;
}

export interface LocalEvent {
  type: string;
  cameo: string | null;
  participants: LocalParticipant[];
  /** Keys of place entities (cities, regions) where it happened. */
  places: string[];
  date: ArticleDate | null;
  /** Weekday the text gives for the event when it cannot be dated. */
  weekday: number | null;
  /** Month the text gives for the event when it cannot be dated. */
  month: number | null;
  /** The event is said to happen the day of the article's previous narrative event. */
  sameDayAs: number | null;
  /** Weekday of the report the event is embedded in ("disclosed on Sunday that …"). */
  reportedWeekday: number | null;
  sentences: number[];
  readonly trigger: Span;
  summary: string;
  confidence: number;
  quotes: number[];
}

export interface ArticleAnalysis {
  readonly id: string;
  readonly input: InputArticle;
  /** The text the stages read: the input's without invisible characters. Offsets below are into it. */
  readonly text: string;
  /** Where invisible characters were removed from the input's text (see `toOriginalOffset`). */
  readonly removedAt: readonly number[];
  readonly blocks: readonly Block[];
  readonly title: string | null;
  readonly publishedAt: ArticleDate | null;
  readonly sentences: readonly Sentence[];
  readonly quoteSpans: readonly QuoteSpan[];
  readonly mentions: readonly Mention[];
  readonly entities: ReadonlyMap<string, LocalEntity>;
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly LocalQuote[];
  readonly events: readonly LocalEvent[];
  readonly diagnostics: readonly Diagnostic[];
}
