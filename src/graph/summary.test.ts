import { describe, expect, it } from "vitest";
import type { ImportSummary } from "./importer.js";
import { formatImportSummary } from "./summary.js";

const summary: ImportSummary = {
  articles: { created: 8, replaced: 2, unchanged: 5, failed: 1 },
  actors: { created: 3, updated: 4, deleted: 1 },
  places: { created: 1, updated: 0, deleted: 0 },
  events: { created: 6, updated: 2, deleted: 0 },
  quotes: { created: 5, updated: 0, deleted: 2 },
  eventsJoined: 2,
  failures: [
    { file: "wire/bad.txt", article: "art_bad", reason: "events[1].date is wrong" },
    { file: "x.bin", article: null, reason: "binary file (reader/not-text)" },
  ],
  warnings: [],
  seconds: 2,
};

describe("formatImportSummary", () => {
  it("reports counts per kind, joined events, failures with file and reason, and the time", () => {
    expect(formatImportSummary(summary)).toBe(
      [
        "Import finished in 2.0 s (5 articles/s).",
        "  articles  created 8, replaced 2, unchanged 5, failed 1",
        "  actors    created 3, updated 4, deleted 1",
        "  places    created 1, updated 0, deleted 0",
        "  events    created 6, updated 2, deleted 0",
        "  quotes    created 5, updated 0, deleted 2",
        "  2 extracted events joined events already in the graph",
        "Failures (2):",
        "  wire/bad.txt [article art_bad]: events[1].date is wrong",
        "  x.bin: binary file (reader/not-text)",
        "",
      ].join("\n"),
    );
  });

  it("lists at most twenty warnings", () => {
    const warning = { severity: "warning" as const, rule: "r", reason: "why", file: "f" };
    const text = formatImportSummary({
      ...summary,
      failures: [],
      warnings: Array.from({ length: 25 }, () => warning),
    });
    expect(text).toContain("Warnings (25):");
    expect(text).toContain("… and 5 more");
    expect(text.match(/f: why \(r\)/g)).toHaveLength(20);
  });
});
