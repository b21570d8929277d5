import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleStories, benchmarkSplit, defaultScorer, repositoryRoot } from "../support/annotated-sets.js";
// @ts-expect-error -- a plain ES module for annotators, with no type declarations
import { checkStory, scorePerfectPrediction } from "../fixtures/benchmark/check-story.mjs";

const storiesRoot = join(repositoryRoot, "tests/fixtures/benchmark/stories");
const check = checkStory as (dir: string) => { problems: string[]; gold?: unknown };
const perfect = scorePerfectPrediction as (goldPath: string, gold: unknown) => string[];

describe.runIf(existsSync(defaultScorer))("benchmark annotation", () => {
  for (const story of readdirSync(storiesRoot)) {
    it(`${story}: well formed, and a prediction built from it scores 1.00`, () => {
      const dir = join(storiesRoot, story);
      const { problems, gold } = check(dir);
      expect(problems).toEqual([]);
      expect(perfect(join(dir, "gold.json"), gold)).toEqual([]);
    });
  }
});

describe("check-story", () => {
  it("names what is wrong with a broken annotation", () => {
    const { problems } = check(join(repositoryRoot, "tests/fixtures/eval/setB"));
    expect(problems).toEqual(
      expect.arrayContaining(["provenance is missing", "catalog India: a geo needs a subkind"]),
    );
  });
});

describe.runIf(existsSync(defaultScorer))("benchmark halves", () => {
  const split = benchmarkSplit();
  it("split every story once, into one half", () => {
    const halves = [...split.development, ...split.heldOut];
    expect([...halves].sort()).toEqual(readdirSync(storiesRoot).sort());
  });
  it(
    "assembled, still score 1.00 from a prediction built from them: no story's catalog spoils another's",
    { timeout: 60_000 },
    () => {
      const scratch = mkdtempSync(join(tmpdir(), "benchmark-halves-"));
      try {
        for (const stories of [split.development, split.heldOut]) {
          const gold = assembleStories(stories);
          const path = join(scratch, "gold.json");
          writeFileSync(path, JSON.stringify(gold));
          expect(perfect(path, gold)).toEqual([]);
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  );
});
