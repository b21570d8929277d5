/**
 * Extraction quality on annotated articles: the seeds (import/ against the shared reference
 * annotation) and the evaluation sets in tests/fixtures/eval, articles written for this project
 * on other topics and regions, each with a reference annotation in the shared format. Every set
 * is extracted as one batch, as `newsgraph extract --json` would, and scored with the shared
 * scorer, which lives outside the repository.
 *
 * Run: npx tsx bench/quality.ts [--scorer ../shared/eval/score.mjs] [--verbose]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticles, readInputs } from "../src/extract/index.js";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    scorer: { type: "string", default: join(root, "../shared/eval/score.mjs") },
    verbose: { type: "boolean", default: false },
  },
});
const scorer = resolve(values.scorer);
if (!existsSync(scorer)) {
  console.error(`no scorer at ${scorer}: pass --scorer <path to score.mjs>`);
  process.exit(2);
}

const evalRoot = join(root, "tests/fixtures/eval");
const sets = [
  { name: "seeds", articles: join(root, "import"), gold: join(scorer, "../gold/seeds.json") },
  ...readdirSync(evalRoot).map((name) => ({
    name,
    articles: join(evalRoot, name, "articles"),
    gold: join(evalRoot, name, "gold.json"),
  })),
].filter((set) => existsSync(set.gold));

const scratch = mkdtempSync(join(tmpdir(), "newsgraph-quality-"));
try {
  for (const set of sets) {
    const { articles, diagnostics } = await readInputs([set.articles]);
    const output = join(scratch, `${set.name}.json`);
    writeFileSync(output, JSON.stringify(extractArticles(articles, diagnostics)));
    const scored = spawnSync(
      process.execPath,
      [scorer, set.gold, output, ...(values.verbose ? ["--verbose"] : [])],
      { encoding: "utf8" },
    );
    if (scored.status !== 0) {
      console.error(
        `${set.name}: the scorer failed (exit ${String(scored.status)}): ${scored.stderr.trim()}`,
      );
      process.exitCode = 1;
      continue;
    }
    const lines = scored.stdout.trimEnd().split("\n");
    const report = values.verbose ? lines : lines.slice(-1);
    console.log(`${set.name} (${String(articles.length)} articles)\n${report.join("\n")}\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
