import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPublishedAt, textProblem } from "./input-checks.js";
import { readInputs } from "./reader.js";

const fixtures = join(import.meta.dirname, "../../tests/fixtures/articles");

describe("readInputs", () => {
  it("reads text with front matter, JSON and JSON Lines, naming bad lines", async () => {
    const { articles, diagnostics } = await readInputs([join(fixtures, "stories")]);
    expect(articles.map((a) => a.title)).toContain("EU and Kyiv discuss air defence after night of strikes");
    const jsonl = articles.find((a) => a.source.endsWith("japan-press.jsonl#kishida-presser"));
    expect(jsonl?.publishedAt).toBe("2024-01-05");
    expect(jsonl?.line).toBe(1);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ["reader/invalid-json-line", 2],
      ["reader/missing-text", 3],
    ]);
  });
  it("reports each bad file with a clear rule and still reads the good ones", async () => {
    const { articles, diagnostics } = await readInputs([join(fixtures, "bad")]);
    expect(diagnostics.map((d) => d.rule).sort()).toEqual([
      "reader/binary",
      "reader/empty",
      "reader/html",
      "reader/invalid-json",
      "reader/invalid-utf8",
    ]);
    expect(articles.map((a) => a.source.split("/").pop())).toEqual(["no-entities.txt"]);
  });
  it("refuses a multi-megabyte article", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-reader-"));
    const file = join(dir, "huge.txt");
    writeFileSync(file, "word ".repeat(1_100_000));
    const { articles, diagnostics } = await readInputs([file, join(dir, "missing.txt")]);
    expect(articles).toHaveLength(0);
    expect(diagnostics.map((d) => d.rule)).toEqual(["reader/not-found", "reader/too-large"]);
  });
  it("normalises given publication dates", () => {
    expect(checkPublishedAt("2023-08-09T21:05:00Z")).toEqual({ value: "2023-08-09" });
    expect(checkPublishedAt(undefined)).toEqual({ value: null });
    expect(checkPublishedAt("not a date")).toMatchObject({ problem: { severity: "warning" } });
    expect(textProblem("   ")?.rule).toBe("reader/empty");
  });
});
