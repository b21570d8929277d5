import type { ImportSummary, NodeCounts } from "./importer.js";

/** How many warnings the summary lists before saying how many more there are. */
const WARNINGS_SHOWN = 20;

function nodeLine(label: string, counts: NodeCounts): string {
  return `  ${label.padEnd(9)} created ${counts.created}, updated ${counts.updated}, deleted ${counts.deleted}`;
}

/** The end-of-import report: what was written, what failed and why, how long it took. */
export function formatImportSummary(summary: ImportSummary): string {
  const { articles } = summary;
  const loaded = articles.created + articles.replaced;
  const rate = summary.seconds > 0 ? Math.round(loaded / summary.seconds) : loaded;
  const lines = [
    `Import finished in ${summary.seconds.toFixed(1)} s (${rate} articles/s).`,
    `  articles  created ${articles.created}, replaced ${articles.replaced}, unchanged ${articles.unchanged}, failed ${articles.failed}`,
    nodeLine("actors", summary.actors),
    nodeLine("places", summary.places),
    nodeLine("events", summary.events),
    nodeLine("quotes", summary.quotes),
  ];
  if (summary.eventsJoined > 0) {
    lines.push(`  ${summary.eventsJoined} extracted events joined events already in the graph`);
  }
  if (summary.failures.length > 0) {
    lines.push(`Failures (${summary.failures.length}):`);
    for (const failure of summary.failures) {
      const article = failure.article === null ? "" : ` [article ${failure.article}]`;
      lines.push(`  ${failure.file}${article}: ${failure.reason}`);
    }
  }
  if (summary.warnings.length > 0) {
    lines.push(`Warnings (${summary.warnings.length}):`);
    for (const warning of summary.warnings.slice(0, WARNINGS_SHOWN)) {
      lines.push(`  ${warning.file}: ${warning.reason} (${warning.rule})`);
    }
    if (summary.warnings.length > WARNINGS_SHOWN) {
      lines.push(`  … and ${summary.warnings.length - WARNINGS_SHOWN} more`);
    }
  }
  return `${lines.join("\n")}\n`;
}
