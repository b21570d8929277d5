import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { extractArticles, readInputs, streamRecords } from "../extract/index.js";
import { checkExtractionDocument, DocumentError } from "./document.js";
import { readExtractionStream } from "./stream.js";

const seeds = join(import.meta.dirname, "../../import");

async function batches(lines: readonly string[]) {
  const out = [];
  for await (const batch of readExtractionStream(Readable.from(lines.map((l) => `${l}\n`)), "day.jsonl")) {
    out.push(batch);
  }
  return out;
}

describe("readExtractionStream", async () => {
  const { articles } = await readInputs([seeds]);
  const doc = extractArticles(articles);
  const opening = JSON.stringify({ type: "stream", version: 1 });
  const records = [...streamRecords(doc)].map((r) => JSON.stringify(r));

  it("gives back each batch's document from its per-article records", async () => {
    const read = await batches([opening, ...records, ...records]);
    expect(read).toHaveLength(2);
    // The same records; entities come in the order their first article gives them.
    const byId = <T extends { id: string }>(records: readonly T[]) =>
      [...records].sort((a, b) => a.id.localeCompare(b.id));
    const expected = checkExtractionDocument(doc, "day.jsonl");
    expect(read[0]?.problems).toEqual([]);
    expect({
      ...read[0]?.document,
      actors: byId(read[0]?.document.actors ?? []),
      places: byId(read[0]?.document.places ?? []),
    }).toEqual({
      ...expected.document,
      actors: byId(expected.document.actors),
      places: byId(expected.document.places),
    });
    expect(read[1]).toEqual(read[0]);
    expect(records.filter((r) => r.startsWith('{"type":"article"'))).toHaveLength(doc.articles.length);
  });

  it("fails a bad line alone, named by its line, and loads a stream cut short", async () => {
    const lines = [opening, "{not json", JSON.stringify({ type: "poem" }), ...records.slice(0, -1)];
    const [batch] = await batches(lines);
    expect(batch?.document.articles).toHaveLength(doc.articles.length);
    expect(batch?.problems.map((p) => p.path)).toEqual(["line 2", "line 3"]);
    expect(batch?.problems[1]?.reason).toBe('unknown record type "poem"');
  });

  it("refuses what is not an extraction stream", async () => {
    await expect(batches([JSON.stringify(doc)])).rejects.toThrow(DocumentError);
    await expect(batches([JSON.stringify({ type: "stream", version: 2 })])).rejects.toThrow(/version 2/);
    await expect(batches([])).rejects.toThrow(/empty/);
  });
});
