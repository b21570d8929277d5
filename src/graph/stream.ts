/**
 * Reading an extraction stream (`newsgraph extract --jsonl`, see {@link StreamRecord}) one batch
 * at a time: each batch's records are put back together into the batch's extraction document
 * and checked like a document file. A line that is not a record fails alone, named by its line.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { ActorRecord, PlaceRecord, StreamRecord } from "../domain/types.js";
import {
  checkExtractionDocument,
  DocumentError,
  type CheckedDocument,
  type RecordProblem,
} from "./document.js";

type Json = Record<string, unknown>;

/** Records of one batch, gathered until its `batch` record. */
class BatchRecords {
  readonly articles: unknown[] = [];
  readonly actors = new Map<string, unknown>();
  readonly places = new Map<string, unknown>();
  readonly quotes: unknown[] = [];
  readonly events: unknown[] = [];
  readonly diagnostics: unknown[] = [];
  readonly problems: RecordProblem[] = [];

  get empty(): boolean {
    return this.articles.length + this.events.length + this.diagnostics.length + this.problems.length === 0;
  }

  /** The same entity as given by another article of the batch: its articles, mentions and roles join. */
  static join(into: Map<string, unknown>, records: unknown, keys: readonly string[]): void {
    if (!Array.isArray(records)) return;
    for (const record of records as unknown[]) {
      const json = typeof record === "object" && record !== null ? (record as Json) : null;
      const id = typeof json?.id === "string" ? json.id : null;
      const known = id === null ? undefined : into.get(id);
      if (json === null || id === null || typeof known !== "object" || known === null) {
        // Not yet seen, or malformed: the document check reports the latter.
        into.set(id ?? `#${into.size}`, json === null ? record : { ...json });
        continue;
      }
      for (const key of keys) {
        const mine = (known as Json)[key];
        const more = json[key];
        if (Array.isArray(mine) && Array.isArray(more)) mine.push(...(more as unknown[]));
      }
    }
  }

  add(raw: Json, line: number): void {
    switch (raw.type) {
      case "article":
        this.articles.push(raw.article);
        BatchRecords.join(this.actors, raw.actors, [
          "articles",
          "mentions",
          "roles",
        ] satisfies (keyof ActorRecord)[]);
        BatchRecords.join(this.places, raw.places, ["articles", "mentions"] satisfies (keyof PlaceRecord)[]);
        if (Array.isArray(raw.quotes)) this.quotes.push(...(raw.quotes as unknown[]));
        return;
      case "event":
        this.events.push(raw.event);
        return;
      case "diagnostic":
        this.diagnostics.push(raw.diagnostic);
        return;
      default:
        this.problems.push({
          path: `line ${line}`,
          reason: `unknown record type ${JSON.stringify(raw.type)}`,
          articles: [],
        });
    }
  }

  check(file: string): CheckedDocument {
    const checked = checkExtractionDocument(
      {
        version: 1,
        articles: this.articles,
        actors: [...this.actors.values()],
        places: [...this.places.values()],
        events: this.events,
        quotes: this.quotes,
        diagnostics: this.diagnostics,
      },
      file,
    );
    return { document: checked.document, problems: [...this.problems, ...checked.problems] };
  }
}

/**
 * The batches of an extraction stream, as checked documents. Throws {@link DocumentError} when
 * the stream does not open with a `stream` record of a known version.
 */
export async function* readExtractionStream(input: Readable, file: string): AsyncGenerator<CheckedDocument> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let batch = new BatchRecords();
  let lineNumber = 0;
  const read = async function* () {
    try {
      yield* lines;
    } catch (error) {
      throw new DocumentError(
        file,
        `cannot read it (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  };
  for await (const line of read()) {
    lineNumber++;
    if (line.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      if (lineNumber === 1)
        throw new DocumentError(file, "not an extraction stream (the first line is not JSON)");
      batch.problems.push({
        path: `line ${lineNumber}`,
        reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        articles: [],
      });
      continue;
    }
    const record = (typeof raw === "object" && raw !== null ? raw : {}) as Json;
    if (lineNumber === 1) {
      const opening = record as Partial<Extract<StreamRecord, { type: "stream" }>>;
      if (opening.type !== "stream")
        throw new DocumentError(file, 'not an extraction stream (no "stream" record first)');
      if (opening.version !== 1) {
        throw new DocumentError(
          file,
          `unsupported extraction stream version ${JSON.stringify(opening.version)}`,
        );
      }
      continue;
    }
    if (record.type === "batch") {
      yield batch.check(file);
      batch = new BatchRecords();
    } else batch.add(record, lineNumber);
  }
  if (lineNumber === 0) throw new DocumentError(file, "the extraction stream is empty");
  // A stream cut short (an extraction that stopped): what it holds still loads.
  if (!batch.empty) yield batch.check(file);
}

/** Opens an extraction stream file, or standard input for `-`. */
export function openExtractionStream(file: string): AsyncGenerator<CheckedDocument> {
  const input = file === "-" ? process.stdin : createReadStream(file);
  return readExtractionStream(input, file === "-" ? "standard input" : file);
}
