/**
 * A worker thread of the analysis pool (parallel.ts): analyses a slice of articles. Each
 * worker builds the gazetteers and lexicons once, on its first task.
 */
import type { ArticleAnalysis, InputArticle } from "./model.js";
import { analyzeArticle } from "./pipeline.js";

export default function analyzeSlice(inputs: readonly InputArticle[]): ArticleAnalysis[] {
  return inputs.map(analyzeArticle);
}
