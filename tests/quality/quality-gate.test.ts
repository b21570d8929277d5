import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annotatedSets, defaultScorer, scoreSet } from "../support/annotated-sets.js";
import { readFloors, shortfalls } from "./floors.js";

// The shared scorer lives beside the repository, where CI lays shared/; a clone without it
// skips the gate, except under CI, where a missing scorer fails.
const scorerPresent = existsSync(defaultScorer);
it.runIf(!scorerPresent && Boolean(process.env.CI))("the shared scorer is beside the repository", () => {
  expect(existsSync(defaultScorer), defaultScorer).toBe(true);
});

describe.runIf(scorerPresent)("extraction quality gate", () => {
  const floors = readFloors();
  const sets = annotatedSets({ heldOut: false });
  it("has floors for every development set, and a scored set for every floor", () => {
    expect(Object.keys(floors).sort()).toEqual(sets.map((s) => s.name).sort());
  });
  for (const set of sets) {
    it(`${set.name}: no figure falls below its floor`, { timeout: 120_000 }, async () => {
      const { summary, report } = await scoreSet(set);
      const floor = floors[set.name];
      expect(floor, `no floors recorded for ${set.name}`).toBeDefined();
      if (floor) expect(shortfalls(summary, floor), `${set.name}\n${report}`).toEqual([]);
    });
  }
});
