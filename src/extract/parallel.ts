/**
 * `analyzeArticle` on worker threads (piscina). Analyses come back in input order, so the
 * document assembled from them is the one a single thread makes. One worker means no pool:
 * the articles are analysed on the calling thread.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ArticleAnalysis, InputArticle } from "./model.js";
import { analyzeArticle } from "./pipeline.js";

export interface AnalysisPool {
  readonly workers: number;
  analyze(inputs: readonly InputArticle[]): Promise<ArticleAnalysis[]>;
  close(): Promise<void>;
}

/** Articles per task: enough to make the message passing negligible, few enough to balance the threads. */
const SLICE = 16;

/**
 * The default number of extraction workers: every core, less Neo4j's share when a Neo4j on this
 * machine is loading what they extract (a quarter of the cores, at least one).
 */
export function defaultWorkers(
  options: { readonly localNeo4j: boolean },
  cores = availableParallelism(),
): number {
  const neo4jShare = options.localNeo4j ? Math.max(1, Math.round(cores / 4)) : 0;
  return Math.max(1, cores - neo4jShare);
}

/**
 * The worker's file: the compiled one next to this module, or, when this module runs as
 * TypeScript (tsx, vitest), the source with tsx's loader in the worker.
 */
function workerScript(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith(".ts");
  const filename = fileURLToPath(
    new URL(fromSource ? "./analysis-worker.ts" : "./analysis-worker.js", import.meta.url),
  );
  return { filename, execArgv: fromSource ? ["--import", "tsx"] : [] };
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function openAnalysisPool(workers: number): AnalysisPool {
  if (workers <= 1) {
    return {
      workers: 1,
      analyze: (inputs) => Promise.resolve(inputs.map(analyzeArticle)),
      close: () => Promise.resolve(),
    };
  }
  const pool = new Piscina<readonly InputArticle[], ArticleAnalysis[]>({
    ...workerScript(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    workers,
    analyze: async (inputs) =>
      (await Promise.all(slices(inputs, SLICE).map((slice) => pool.run(slice)))).flat(),
    close: () => pool.destroy(),
  };
}
