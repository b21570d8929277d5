/** Inputs for the fault suite: the demo wire story, and copies and edits of it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputArticle } from "../../src/extract/index.js";

const IMPORT_DIR = join(import.meta.dirname, "../../import");

/** A demo article's text (a Reuters story as reposted by a site). */
export function demoText(name = "000_4917cd5a5d5048e9.txt"): string {
  return readFileSync(join(IMPORT_DIR, name), "utf8");
}

/** One input article as the reader would hand it over. */
export function inputArticle(fields: Partial<InputArticle> & { readonly text: string }): InputArticle {
  return {
    source: "faults.jsonl",
    line: null,
    externalId: null,
    url: null,
    title: null,
    outlet: null,
    publishedAt: null,
    diagnostics: [],
    ...fields,
  };
}

/** Six copies of one wire story, each on its own site with its own publication day. */
export function syndicatedCopies(text = demoText(), story = "talks"): InputArticle[] {
  return ["2023-10-01", "2023-11-02", "2023-12-03", "2023-10-04", "2023-11-05", "2023-12-06"].map((day, i) =>
    inputArticle({
      source: `wire.jsonl#${story}-${i + 1}`,
      line: i + 1,
      url: `https://site${i + 1}.example/world/${story}`,
      publishedAt: day,
      text,
    }),
  );
}

/** Six copies of each demo story. */
export function syndicatedDemo(): InputArticle[] {
  return readdirSync(IMPORT_DIR)
    .sort()
    .flatMap((name) => syndicatedCopies(demoText(name), name));
}
