/**
 * The bad-input corpus: each case is an input and the diagnostic it must produce (rule,
 * severity, and a reason naming what is wrong), with the rest of the batch still read.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkArticle, extractArticles, readInputs } from "../../src/extract/index.js";
import type { Diagnostic } from "../../src/domain/types.js";

const GOOD =
  "Washington, Nov 6 (Reuters) - U.S. President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Monday.\n";
const line = (record: unknown) => `${JSON.stringify(record)}\n`;

interface Case {
  readonly name: string;
  /** File name and content (a string, or raw bytes). */
  readonly file: string;
  readonly content: string | Buffer;
  readonly rule: string;
  readonly severity: Diagnostic["severity"];
  readonly reason: RegExp;
  /** The line the diagnostic names, for JSON Lines. */
  readonly line?: number;
  /** Whether the article still loads (a warning) or not (an error). */
  readonly kept?: boolean;
  /** Good records of the same file, read all the same. */
  readonly others?: number;
}

const CASES: readonly Case[] = [
  {
    name: "empty file",
    file: "empty.txt",
    content: "",
    rule: "reader/empty",
    severity: "error",
    reason: /empty/,
  },
  {
    name: "blank text",
    file: "blank.txt",
    content: "  \n\t\n",
    rule: "reader/empty",
    severity: "error",
    reason: /empty/,
  },
  {
    name: "binary",
    file: "image.txt",
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    rule: "reader/binary",
    severity: "error",
    reason: /binary/,
  },
  {
    name: "Latin-1 bytes",
    file: "latin1.txt",
    content: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
    rule: "reader/invalid-utf8",
    severity: "error",
    reason: /UTF-8/,
  },
  {
    name: "broken JSON",
    file: "broken.json",
    content: '{"text": "abc"',
    rule: "reader/invalid-json",
    severity: "error",
    reason: /invalid JSON/,
  },
  {
    name: "empty JSON file",
    file: "nothing.json",
    content: "",
    rule: "reader/empty",
    severity: "error",
    reason: /empty/,
  },
  {
    name: "bad JSON line",
    file: "bad-line.jsonl",
    content: `${line({ text: GOOD })}{oops\n`,
    rule: "reader/invalid-json-line",
    severity: "error",
    reason: /invalid JSON/,
    line: 2,
    others: 1,
  },
  {
    name: "JSON line that is an array",
    file: "array-line.jsonl",
    content: line([1, 2]),
    rule: "reader/not-an-article",
    severity: "error",
    reason: /not a JSON object/,
    line: 1,
  },
  {
    name: "JSON line without text",
    file: "no-text.jsonl",
    content: line({ title: "A title" }),
    rule: "reader/missing-text",
    severity: "error",
    reason: /no "text"/,
    line: 1,
  },
  {
    name: "text that is a number",
    file: "number-text.jsonl",
    content: line({ text: 42 }),
    rule: "reader/missing-text",
    severity: "error",
    reason: /no "text"/,
    line: 1,
  },
  {
    name: "JSON Lines file of blank lines",
    file: "blank.jsonl",
    content: "\n\n",
    rule: "reader/empty",
    severity: "error",
    reason: /no JSON lines/,
  },
  {
    name: "array item that is not an object",
    file: "items.json",
    content: JSON.stringify([{ text: GOOD }, "just a string"]),
    rule: "reader/not-an-article",
    severity: "error",
    reason: /not a JSON object/,
    others: 1,
  },
  {
    name: "wrapped articles without text",
    file: "wrapped.json",
    content: JSON.stringify({ articles: [{ text: GOOD }, { body: 7 }] }),
    rule: "reader/missing-text",
    severity: "error",
    reason: /no "text"/,
    others: 1,
  },
  {
    name: "oversized text",
    file: "huge.jsonl",
    content: line({ text: "word ".repeat(210_000) }),
    rule: "reader/too-large",
    severity: "error",
    reason: /larger than 1000000 bytes/,
    line: 1,
  },
  {
    name: "HTML page in a text file",
    file: "page.txt",
    content: `<!DOCTYPE html><html><body><p>${GOOD}</p></body></html>`,
    rule: "reader/html",
    severity: "error",
    reason: /HTML/,
  },
  {
    name: "bell character",
    file: "bell.txt",
    content: `${GOOD}Ding\u0007 dong.\n`,
    rule: "reader/control-character",
    severity: "error",
    reason: /U\+0007 at offset \d+ \(line 2\)/,
  },
  {
    name: "NUL escaped in JSON",
    file: "nul.jsonl",
    content: line({ text: `${GOOD}\u0000` }),
    rule: "reader/control-character",
    severity: "error",
    reason: /U\+0000/,
    line: 1,
  },
  {
    name: "escape sequence",
    file: "ansi.jsonl",
    content: line({ text: `\u001b[31m${GOOD}` }),
    rule: "reader/control-character",
    severity: "error",
    reason: /U\+001B at offset 0/,
    line: 1,
  },
  {
    name: "DEL character",
    file: "del.txt",
    content: `${GOOD}\u007f`,
    rule: "reader/control-character",
    severity: "error",
    reason: /U\+007F/,
  },
  {
    name: "publishedAt not a date",
    file: "not-a-date.jsonl",
    content: line({ text: GOOD, publishedAt: "not a date" }),
    rule: "reader/bad-published-at",
    severity: "warning",
    reason: /"not a date" is not a date/,
    line: 1,
    kept: true,
  },
  {
    name: "publishedAt not a real day",
    file: "feb-30.jsonl",
    content: line({ text: GOOD, publishedAt: "2023-02-30" }),
    rule: "reader/bad-published-at",
    severity: "warning",
    reason: /"2023-02-30" is not a date/,
    line: 1,
    kept: true,
  },
  {
    name: "publishedAt a boolean",
    file: "bool-date.jsonl",
    content: line({ text: GOOD, publishedAt: true }),
    rule: "reader/bad-published-at",
    severity: "warning",
    reason: /true is not a date/,
    line: 1,
    kept: true,
  },
  {
    name: "publishedAt in the future",
    file: "future.jsonl",
    content: line({ text: GOOD, publishedAt: "2099-01-01" }),
    rule: "reader/future-published-at",
    severity: "error",
    reason: /2099-01-01 is after the import day/,
    line: 1,
  },
  {
    name: "front matter date not a date",
    file: "front.md",
    content: `---\npublishedAt: someday\n---\n${GOOD}`,
    rule: "reader/bad-published-at",
    severity: "warning",
    reason: /"someday" is not a date/,
    kept: true,
  },
  {
    name: "front matter date in the future",
    file: "front-future.md",
    content: `---\npublishedAt: 2099-12-31\n---\n${GOOD}`,
    rule: "reader/future-published-at",
    severity: "error",
    reason: /after the import day/,
  },
];

describe("the bad-input corpus", () => {
  let dir: string;
  let diagnostics: readonly Diagnostic[];
  let sources: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "newsgraph-bad-input-"));
    for (const c of CASES) writeFileSync(join(dir, c.file), c.content);
    writeFileSync(join(dir, "good.txt"), GOOD);
    const read = await readInputs([dir]);
    diagnostics = read.diagnostics.concat(read.articles.flatMap((a) => a.diagnostics));
    sources = read.articles.map((a) => a.source);
  });

  it.each(CASES)("$name: $rule", (c) => {
    const found = diagnostics.filter((d) => d.file.startsWith(join(dir, c.file)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: c.rule,
      severity: c.severity,
      ...(c.line ? { line: c.line } : {}),
    });
    expect(found[0]?.reason).toMatch(c.reason);
    const read = sources.filter((s) => s.startsWith(join(dir, c.file)));
    expect(read).toHaveLength((c.kept === true ? 1 : 0) + (c.others ?? 0));
  });

  it("still reads the good article beside the bad ones", () => {
    expect(sources).toContain(join(dir, "good.txt"));
  });
});

describe("paths", () => {
  it("reports a path that does not exist", async () => {
    const { diagnostics } = await readInputs([join(tmpdir(), "no-such-newsgraph-input")]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: "reader/not-found", reason: "no such file or directory" }),
    ]);
  });

  it("follows a symlinked directory, and says so when a link loops back", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsgraph-links-"));
    mkdirSync(join(root, "real"));
    writeFileSync(join(root, "real", "story.txt"), GOOD);
    mkdirSync(join(root, "input"));
    symlinkSync(join(root, "real"), join(root, "input", "linked"));
    symlinkSync(join(root, "input"), join(root, "input", "loop"));
    symlinkSync(join(root, "missing"), join(root, "input", "dangling.txt"));
    const { articles, diagnostics } = await readInputs([join(root, "input")]);
    expect(articles.map((a) => a.source)).toEqual([join(root, "input", "linked", "story.txt")]);
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([
      [join(root, "input", "dangling.txt"), "reader/broken-link"],
      [join(root, "input", "loop"), "reader/link-loop"],
    ]);
  });
});

describe("text normalisation", () => {
  it("reads names split by zero-width characters whole, with offsets into the original text", () => {
    const text =
      "President Jo\u200be Bi\u200dden met Kenyan President William Ru\u00ADto in Nairobi on Monday.\n";
    const doc = extractArticles([
      {
        source: "zw.txt",
        line: null,
        externalId: null,
        url: null,
        title: null,
        outlet: null,
        publishedAt: "2023-11-06",
        text,
        diagnostics: [],
      },
    ]);
    const biden = doc.actors.find((a) => a.name === "Joe Biden");
    expect(biden).toBeDefined();
    for (const mention of biden?.mentions ?? []) {
      expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
      expect(mention.text.replace(/[\u200b-\u200d\u00ad]/g, "")).toBe("Joe Biden");
    }
    expect(doc.actors.map((a) => a.name)).not.toContain("Jo");
  });
});

describe("one check for files and the API", () => {
  const fields = {
    source: "api",
    line: null,
    externalId: null,
    url: null,
    title: null,
    outlet: null,
    publishedAt: null,
  };
  it("refuses NUL and control characters however the text arrives", () => {
    expect(checkArticle({ ...fields, text: `${GOOD}\u0000` })).toMatchObject({
      rule: "reader/control-character",
      file: "api",
    });
  });
  it("keeps tabs, form feeds and CRLF line ends", () => {
    expect(checkArticle({ ...fields, text: `${GOOD}\tTabbed.\r\n\fNext page.` })).toMatchObject({
      diagnostics: [],
    });
  });
});
