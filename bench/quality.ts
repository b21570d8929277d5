/**
 * Extraction quality on every annotated set (see tests/support/annotated-sets.ts): each set is
 * extracted as one batch and scored with the shared scorer, which lives outside the repository.
 * The benchmark's held-out half is scored only with --held-out: score it rarely, and report its
 * first scoring after a change of method as it is.
 *
 * With --raise-floors, the quality gate's floors (tests/quality/floors.json) rise to the figures
 * of this run where those are better; a floor never falls.
 *
 * Run: npx tsx bench/quality.ts [--held-out] [--only NAME] [--raise-floors] [--scorer ../shared/eval/score.mjs] [--verbose]
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { annotatedSets, defaultScorer, scoreSet, type SetScore } from "../tests/support/annotated-sets.js";
import { raiseFloors } from "../tests/quality/floors.js";

const { values } = parseArgs({
  options: {
    scorer: { type: "string", default: defaultScorer },
    "held-out": { type: "boolean", default: false },
    only: { type: "string", multiple: true },
    verbose: { type: "boolean", default: false },
    "raise-floors": { type: "boolean", default: false },
  },
});
const scorer = resolve(values.scorer);
if (!existsSync(scorer)) {
  console.error(`no scorer at ${scorer}: pass --scorer <path to score.mjs>`);
  process.exit(2);
}

const only = new Set(values.only ?? []);
const scores: SetScore[] = [];
for (const set of annotatedSets({ heldOut: values["held-out"], scorer })) {
  if (only.size > 0 && !only.has(set.name)) continue;
  try {
    const scored = await scoreSet(set, scorer, values.verbose);
    scores.push(scored);
    const lines = scored.report.split("\n");
    console.log(
      `${set.name} (${String(scored.articles)} articles)\n${(values.verbose ? lines : lines.slice(-1)).join("\n")}\n`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (values["raise-floors"]) {
  if (values["held-out"]) {
    console.error("--raise-floors takes no --held-out: the gate holds only the development sets");
    process.exit(2);
  }
  for (const change of raiseFloors(scores)) console.log(`floor raised: ${change}`);
}
