import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultScorer, repositoryRoot } from "../support/annotated-sets.js";
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
