import type { ExtractionDocument } from "../domain/types.js";

/** A readable per-article summary of an extraction document, for the terminal. */
export function formatSummary(doc: ExtractionDocument): string {
  const names = new Map<string, string>();
  for (const a of doc.actors) names.set(a.id, a.name);
  for (const p of doc.places) names.set(p.id, p.name);
  const lines: string[] = [];
  for (const article of doc.articles) {
    lines.push(article.source);
    lines.push(`  title: ${article.title ?? "(none)"}`);
    lines.push(`  published: ${article.publishedAt ?? "undated"}`);
    const actors = doc.actors.filter((a) => a.articles.includes(article.id));
    const places = doc.places.filter((p) => p.articles.includes(article.id));
    lines.push(
      `  actors (${String(actors.length)}): ${actors.map((a) => `${a.name} [${a.kind}]`).join(", ")}`,
    );
    lines.push(
      `  places (${String(places.length)}): ${places.map((p) => `${p.name} [${p.kind}]`).join(", ")}`,
    );
    const events = doc.events.filter((e) => e.articles.includes(article.id));
    lines.push(`  events (${String(events.length)}):`);
    for (const e of events) {
      const shared = e.articles.length > 1 ? `, ${String(e.articles.length)} sources` : "";
      lines.push(`    - ${e.date ?? "undated"} ${e.cameo ?? "---"} ${e.summary}${shared}`);
    }
    const quotes = doc.quotes.filter((q) => q.article === article.id);
    lines.push(`  quotes (${String(quotes.length)}):`);
    for (const q of quotes) {
      const who = q.speaker === null ? "unknown speaker" : (names.get(q.speaker) ?? q.speaker);
      const text = q.text.length > 90 ? `${q.text.slice(0, 87)}...` : q.text;
      lines.push(`    - ${who} (${q.date ?? "undated"}): “${text}”`);
    }
    for (const d of article.diagnostics) lines.push(`  ${d.severity}: ${d.rule}: ${d.reason}`);
    lines.push("");
  }
  return lines.join("\n");
}
