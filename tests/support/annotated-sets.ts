/**
 * The annotated article sets that extraction quality is measured on, and their scoring with the
 * shared scorer (`../shared/eval/score.mjs`, outside the repository):
 * - `seeds`: import/ against the shared reference annotation;
 * - `setA`…`setD`: tests/fixtures/eval, small sets written for the project;
 * - `benchmark-development` and `benchmark-held-out`: tests/fixtures/benchmark, stories of real
 *   happenings each told by several outlets, split once by story (split.json). The held-out half
 *   is scored rarely: only when asked for.
 * The quality bench (bench/quality.ts) prints the scores; the quality gate test holds them to
 * recorded floors.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extractArticles, readInputs } from "../../src/extract/index.js";

export const repositoryRoot = resolve(import.meta.dirname, "../..");
export const defaultScorer = resolve(repositoryRoot, "../shared/eval/score.mjs");
const benchmarkRoot = join(repositoryRoot, "tests/fixtures/benchmark");

interface CatalogEntry {
  readonly kind: string;
  readonly subkind?: string;
  readonly aliases: readonly string[];
}

/** The shared gold format (see ../shared/eval/README.md); fields the scorer ignores pass through. */
export interface GoldDocument {
  readonly version: number;
  readonly about: string;
  readonly catalog: Record<string, CatalogEntry>;
  readonly articles: Record<string, unknown>;
  readonly crossArticle: readonly unknown[];
}

export interface AnnotatedSet {
  readonly name: string;
  /** Files or folders handed to the reader as one batch. */
  readonly inputs: readonly string[];
  /** The gold file, or the gold assembled from several story files. */
  readonly gold: string | GoldDocument;
}

export interface BenchmarkSplit {
  readonly development: readonly string[];
  readonly heldOut: readonly string[];
}

export function benchmarkSplit(): BenchmarkSplit {
  const path = join(benchmarkRoot, "split.json");
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as BenchmarkSplit)
    : { development: [], heldOut: [] };
}

interface GoldArticle {
  readonly entities: Record<"required" | "acceptable" | "forbidden", readonly string[]>;
  readonly quotes: readonly { readonly speaker: string }[];
  readonly events: readonly {
    readonly participants?: readonly string[];
    readonly places?: readonly string[];
  }[];
}

/**
 * One gold document for several stories. Each story keeps its own catalog: its names are
 * qualified by the story ("af-01-…: United States", with the plain name as an alias), since
 * one annotator's alias ("Washington" for the United States) must not turn another story's
 * city into a duplicate of the country.
 */
export function assembleStories(stories: readonly string[]): GoldDocument {
  const catalog: Record<string, CatalogEntry> = {};
  const articles: Record<string, unknown> = {};
  const crossArticle: unknown[] = [];
  for (const story of stories) {
    const gold = JSON.parse(
      readFileSync(join(benchmarkRoot, "stories", story, "gold.json"), "utf8"),
    ) as GoldDocument;
    const own = (name: string) => `${story}: ${name}`;
    for (const [name, entry] of Object.entries(gold.catalog)) {
      catalog[own(name)] = { ...entry, aliases: [name, ...entry.aliases] };
    }
    for (const [key, value] of Object.entries(gold.articles)) {
      if (key in articles) throw new Error(`${story}: article key ${key} is used by another story too`);
      const article = value as GoldArticle;
      articles[key] = {
        ...article,
        entities: {
          required: article.entities.required.map(own),
          acceptable: article.entities.acceptable.map(own),
          forbidden: article.entities.forbidden.map(own),
        },
        quotes: article.quotes.map((q) => ({ ...q, speaker: own(q.speaker) })),
        events: article.events.map((e) => ({
          ...e,
          participants: (e.participants ?? []).map(own),
          places: (e.places ?? []).map(own),
        })),
      };
    }
    crossArticle.push(...gold.crossArticle);
  }
  return { version: 1, about: `benchmark stories: ${stories.join(", ")}`, catalog, articles, crossArticle };
}

function benchmarkSet(name: string, stories: readonly string[]): AnnotatedSet {
  return {
    name,
    inputs: stories.map((story) => join(benchmarkRoot, "stories", story, "articles")),
    gold: assembleStories(stories),
  };
}

/** Every annotated set, the held-out half of the benchmark only when asked for. */
export function annotatedSets(options: { heldOut: boolean; scorer?: string }): AnnotatedSet[] {
  const evalRoot = join(repositoryRoot, "tests/fixtures/eval");
  const split = benchmarkSplit();
  const sets: AnnotatedSet[] = [
    {
      name: "seeds",
      inputs: [join(repositoryRoot, "import")],
      gold: join(options.scorer ?? defaultScorer, "../gold/seeds.json"),
    },
    ...readdirSync(evalRoot).map((name) => ({
      name,
      inputs: [join(evalRoot, name, "articles")],
      gold: join(evalRoot, name, "gold.json"),
    })),
  ];
  if (split.development.length > 0) sets.push(benchmarkSet("benchmark-development", split.development));
  if (options.heldOut && split.heldOut.length > 0)
    sets.push(benchmarkSet("benchmark-held-out", split.heldOut));
  return sets;
}

export interface SetScore {
  readonly name: string;
  readonly articles: number;
  /** The scorer's summary figures: ratios (null where nothing was counted), counts, "a/b" for cross. */
  readonly summary: Readonly<Record<string, number | string | null>>;
  /** The scorer's printed report: per-article misses and its closing `score:` line. */
  readonly report: string;
}

/** Extracts the set as one batch, as `newsgraph extract --json` would, and scores it. */
export async function scoreSet(
  set: AnnotatedSet,
  scorer = defaultScorer,
  verbose = false,
): Promise<SetScore> {
  const { articles, diagnostics } = await readInputs([...set.inputs]);
  const scratch = mkdtempSync(join(tmpdir(), "newsgraph-quality-"));
  try {
    const output = join(scratch, "extraction.json");
    writeFileSync(output, JSON.stringify(extractArticles(articles, diagnostics)));
    let gold = typeof set.gold === "string" ? set.gold : join(scratch, "gold.json");
    if (typeof set.gold !== "string") writeFileSync(gold, JSON.stringify(set.gold));
    gold = resolve(gold);
    const run = (extra: readonly string[]) => {
      const scored = spawnSync(process.execPath, [scorer, gold, output, ...extra], { encoding: "utf8" });
      if (scored.status !== 0) {
        throw new Error(
          `${set.name}: the scorer failed (exit ${String(scored.status)}): ${scored.stderr.trim()}`,
        );
      }
      return scored.stdout;
    };
    const { summary } = JSON.parse(run(["--json"])) as { summary: SetScore["summary"] };
    const report = run(verbose ? ["--verbose"] : []).trimEnd();
    return { name: set.name, articles: articles.length, summary, report };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
