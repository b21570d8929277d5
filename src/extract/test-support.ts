import type { InputArticle } from "./model.js";

/** An in-memory article for tests. */
export function articleOf(
  text: string,
  publishedAt: string | null = null,
  source = "test.txt",
): InputArticle {
  return {
    source,
    line: null,
    externalId: null,
    url: null,
    title: null,
    outlet: null,
    publishedAt,
    text,
    diagnostics: [],
  };
}
