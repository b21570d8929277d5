import type { Command } from "commander";
import type { Diagnostic } from "../../domain/types.js";

/** vfile-style: `file:line: severity rule: reason`. */
function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${String(d.line)}`;
  return `${where}: ${d.severity} ${d.rule}: ${d.reason}`;
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("Extract events, actors, places and quotes from articles (files or directories)")
    .option("--json", "print the extraction document as JSON")
    .argument("<paths...>", "article files (.txt, .md, .json, .jsonl) or directories of them")
    .addHelpText(
      "after",
      `
Examples:
  $ newsgraph extract import/                     # a readable summary per article
  $ newsgraph extract --json import/ > out.json   # the document \`import --from-json\` loads`,
    )
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { extractArticles, formatSummary, readInputs } = await import("../../extract/index.js");
      const { articles, diagnostics } = await readInputs(paths);
      const doc = extractArticles(articles, diagnostics);
      const all = [...doc.diagnostics, ...doc.articles.flatMap((a) => a.diagnostics)];
      for (const d of all) {
        if (d.severity !== "info") process.stderr.write(`${formatDiagnostic(d)}\n`);
      }
      process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : formatSummary(doc));
      if (all.some((d) => d.severity === "error")) process.exitCode = 1;
    });
}
