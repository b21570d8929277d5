/**
 * Reading an extraction document the importer did not produce itself: the JSON is checked
 * record by record, so one malformed record fails the articles it belongs to and the rest of
 * the document still loads.
 */
import type {
  ActorKind,
  ActorRecord,
  ArticleRecord,
  DateBasis,
  DatePrecision,
  Diagnostic,
  EventRecord,
  Evidence,
  ExtractionDocument,
  ParticipantRole,
  PlaceKind,
  PlaceRecord,
  QuoteRecord,
} from "../domain/types.js";

/** The document as a whole cannot be read: not JSON, not an extraction document. */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "DocumentError";
  }
}

/** A record that was dropped, and the articles that cannot be loaded without it. */
export interface RecordProblem {
  /** Where in the document: `events[12].date`. */
  readonly path: string;
  readonly reason: string;
  /** Ids of the articles the record belongs to (empty when it names none). */
  readonly articles: readonly string[];
}

export interface CheckedDocument {
  /** The well-formed records only. */
  readonly document: ExtractionDocument;
  readonly problems: readonly RecordProblem[];
}

const ACTOR_KINDS: readonly ActorKind[] = ["person", "organization", "country", "group"];
const PLACE_KINDS: readonly PlaceKind[] = ["country", "city", "region", "territory", "landmark"];
const PARTICIPANT_ROLES: readonly ParticipantRole[] = [
  "initiator",
  "counterpart",
  "speaker",
  "target",
  "participant",
];
const PRECISIONS: readonly DatePrecision[] = ["day", "month", "year"];
const BASES: readonly DateBasis[] = ["stated", "inferred", "coreference"];
const SEVERITIES: readonly Diagnostic["severity"][] = ["error", "warning", "info"];

const DATE_SHAPES: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** Whether `value` is a real calendar date (or month, year) written at `precision`. */
export function isIsoDate(value: string, precision: DatePrecision): boolean {
  if (!DATE_SHAPES[precision].test(value)) return false;
  const [year = 0, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Thrown inside a record check; caught per record. */
class Invalid extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Invalid(path, "must be an object");
  }
  return value as Json;
}

function string(record: Json, key: string, path: string): string {
  const value = record[key];
  if (typeof value !== "string") throw new Invalid(`${path}.${key}`, "must be a string");
  return value;
}

function id(record: Json, key: string, path: string): string {
  const value = string(record, key, path);
  if (value.trim() === "") throw new Invalid(`${path}.${key}`, "must not be empty");
  return value;
}

function nullableString(record: Json, key: string, path: string): string | null {
  const value = record[key] ?? null;
  if (value !== null && typeof value !== "string") {
    throw new Invalid(`${path}.${key}`, "must be a string or null");
  }
  return value;
}

function number(record: Json, key: string, path: string, min: number, max: number): number {
  const value = record[key];
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new Invalid(`${path}.${key}`, `must be a number from ${min} to ${max}`);
  }
  return value;
}

function nullableNumber(record: Json, key: string, path: string, min: number, max: number): number | null {
  return (record[key] ?? null) === null ? null : number(record, key, path, min, max);
}

function oneOf<T extends string>(record: Json, key: string, path: string, allowed: readonly T[]): T {
  const value = record[key];
  if (!allowed.includes(value as T))
    throw new Invalid(`${path}.${key}`, `must be one of ${allowed.join(", ")}`);
  return value as T;
}

function array<T>(record: Json, key: string, path: string, item: (value: unknown, path: string) => T): T[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) throw new Invalid(`${path}.${key}`, "must be an array");
  return value.map((element, index) => item(element, `${path}.${key}[${index}]`));
}

function stringItem(value: unknown, path: string): string {
  if (typeof value !== "string") throw new Invalid(path, "must be a string");
  return value;
}

function offset(record: Json, key: string, path: string): number {
  const value = record[key];
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new Invalid(`${path}.${key}`, "must be a non-negative integer");
  }
  return value as number;
}

function evidence(value: unknown, path: string): Evidence {
  const record = object(value, path);
  const span = object(record.span, `${path}.span`);
  const start = offset(span, "start", `${path}.span`);
  const end = offset(span, "end", `${path}.span`);
  if (end < start) throw new Invalid(`${path}.span`, "end comes before start");
  return {
    article: id(record, "article", path),
    sentence: offset(record, "sentence", path),
    span: { start, end },
    text: string(record, "text", path),
  };
}

interface CheckedDate {
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateBasis: DateBasis | null;
}

function dated(record: Json, path: string): CheckedDate {
  const date = nullableString(record, "date", path);
  if (date === null) return { date: null, datePrecision: null, dateBasis: null };
  const datePrecision = oneOf(record, "datePrecision", path, PRECISIONS);
  if (!isIsoDate(date, datePrecision)) {
    throw new Invalid(`${path}.date`, `"${date}" is not a real date of ${datePrecision} precision`);
  }
  return { date, datePrecision, dateBasis: oneOf(record, "dateBasis", path, BASES) };
}

function diagnostic(value: unknown, path: string): Diagnostic {
  const record = object(value, path);
  const line = record.line;
  return {
    severity: oneOf(record, "severity", path, SEVERITIES),
    rule: string(record, "rule", path),
    reason: string(record, "reason", path),
    file: string(record, "file", path),
    ...(typeof line === "number" ? { line } : {}),
  };
}

function article(record: Json, path: string): ArticleRecord {
  const publishedAt = nullableString(record, "publishedAt", path);
  if (publishedAt !== null && !isIsoDate(publishedAt, "day")) {
    throw new Invalid(`${path}.publishedAt`, `"${publishedAt}" is not a real day`);
  }
  return {
    id: id(record, "id", path),
    source: string(record, "source", path),
    url: nullableString(record, "url", path),
    title: nullableString(record, "title", path),
    outlet: nullableString(record, "outlet", path),
    publishedAt,
    contentHash: id(record, "contentHash", path),
    text: typeof record.text === "string" ? record.text : "",
    diagnostics: array(record, "diagnostics", path, diagnostic),
  };
}

function actor(record: Json, path: string): ActorRecord {
  return {
    id: id(record, "id", path),
    name: id(record, "name", path),
    kind: oneOf(record, "kind", path, ACTOR_KINDS),
    aliases: array(record, "aliases", path, stringItem),
    countryCode: nullableString(record, "countryCode", path),
    roles: array(record, "roles", path, (value, at) => {
      const role = object(value, at);
      return { role: string(role, "role", at), article: id(role, "article", at) };
    }),
    articles: array(record, "articles", path, stringItem),
    mentions: array(record, "mentions", path, evidence),
    latitude: nullableNumber(record, "latitude", path, -90, 90),
    longitude: nullableNumber(record, "longitude", path, -180, 180),
  };
}

function place(record: Json, path: string): PlaceRecord {
  return {
    id: id(record, "id", path),
    name: id(record, "name", path),
    kind: oneOf(record, "kind", path, PLACE_KINDS),
    aliases: array(record, "aliases", path, stringItem),
    countryCode: nullableString(record, "countryCode", path),
    latitude: nullableNumber(record, "latitude", path, -90, 90),
    longitude: nullableNumber(record, "longitude", path, -180, 180),
    within: nullableString(record, "within", path),
    articles: array(record, "articles", path, stringItem),
    mentions: array(record, "mentions", path, evidence),
  };
}

function event(record: Json, path: string): EventRecord {
  const cameo = nullableString(record, "cameo", path);
  if (cameo !== null && !/^\d{2,4}$/.test(cameo)) {
    throw new Invalid(`${path}.cameo`, `"${cameo}" is not a CAMEO code`);
  }
  return {
    id: id(record, "id", path),
    type: id(record, "type", path),
    cameo,
    ...dated(record, path),
    participants: array(record, "participants", path, stringItem),
    roles: array(record, "roles", path, (value, at) => {
      const participant = object(value, at);
      return { actor: id(participant, "actor", at), role: oneOf(participant, "role", at, PARTICIPANT_ROLES) };
    }),
    places: array(record, "places", path, stringItem),
    summary: string(record, "summary", path),
    confidence: number(record, "confidence", path, 0, 1),
    quotes: array(record, "quotes", path, stringItem),
    articles: array(record, "articles", path, stringItem),
    evidence: array(record, "evidence", path, evidence),
  };
}

function quote(record: Json, path: string): QuoteRecord {
  return {
    id: id(record, "id", path),
    text: id(record, "text", path),
    speaker: nullableString(record, "speaker", path),
    ...dated(record, path),
    article: id(record, "article", path),
    event: nullableString(record, "event", path),
    evidence: evidence(record.evidence, `${path}.evidence`),
  };
}

/** The articles a (possibly malformed) record says it belongs to. */
function articlesOf(record: unknown, section: string): string[] {
  if (typeof record !== "object" || record === null) return [];
  const json = record as Json;
  if (section === "articles") return typeof json.id === "string" ? [json.id] : [];
  if (section === "quotes") return typeof json.article === "string" ? [json.article] : [];
  return Array.isArray(json.articles)
    ? json.articles.filter((value): value is string => typeof value === "string")
    : [];
}

function section<T>(
  root: Json,
  key: string,
  check: (record: Json, path: string) => T,
  problems: RecordProblem[],
  file: string,
): T[] {
  const value = root[key] ?? [];
  if (!Array.isArray(value)) throw new DocumentError(file, `"${key}" must be an array`);
  const records: T[] = [];
  value.forEach((element, index) => {
    const path = `${key}[${index}]`;
    try {
      records.push(check(object(element, path), path));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push({ path: error.path, reason: error.message, articles: articlesOf(element, key) });
    }
  });
  return records;
}

/**
 * Checks a parsed extraction document. Throws {@link DocumentError} when the whole is unusable
 * (not an object, another version); a malformed record is dropped and reported instead.
 */
export function checkExtractionDocument(raw: unknown, file: string): CheckedDocument {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new DocumentError(file, "not an extraction document (expected a JSON object)");
  }
  const root = raw as Json;
  if (root.version !== 1) {
    throw new DocumentError(file, `unsupported extraction document version ${JSON.stringify(root.version)}`);
  }
  if (!Array.isArray(root.articles))
    throw new DocumentError(file, 'not an extraction document (no "articles")');
  const problems: RecordProblem[] = [];
  const document: ExtractionDocument = {
    version: 1,
    articles: section(root, "articles", article, problems, file),
    actors: section(root, "actors", actor, problems, file),
    places: section(root, "places", place, problems, file),
    events: section(root, "events", event, problems, file),
    quotes: section(root, "quotes", quote, problems, file),
    diagnostics: section(root, "diagnostics", diagnostic, problems, file),
  };
  return { document, problems };
}

/** Parses and checks the text of an extraction document file. */
export function parseExtractionDocument(text: string, file: string): CheckedDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DocumentError(
      file,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return checkExtractionDocument(raw, file);
}
