import type { Diagnostic } from "../domain/types.js";
import { cleanArticle } from "./clean.js";
import { locateEvents } from "./event-places.js";
import { findEvents } from "./events.js";
import { gazetteer } from "./gazetteer.js";
import { stableId } from "./ids.js";
import { withoutInvisibles } from "./input-checks.js";
import { findMentions } from "./mentions/index.js";
import type { ArticleAnalysis, ArticleDate, InputArticle } from "./model.js";
import { findDateline, findPublicationDate } from "./publication-date.js";
import { findBlockQuotes, findQuoteSpans } from "./quote-spans.js";
import { findQuotes } from "./quotes.js";
import { resolveEntities } from "./resolve-entities.js";
import { splitSentences } from "./sentences.js";
import { buildTokenIndex } from "./token-index.js";
import { findTimeExpressions } from "./temporal.js";

/**
 * Stable article id: the input's own id, else its url, else where it was read from. Not the
 * text: an edited article keeps its identity, so its new facts replace the old ones.
 */
export function articleId(input: InputArticle): string {
  if (input.externalId !== null) return stableId("article", "id", input.externalId);
  if (input.url) return stableId("article", input.url);
  return stableId("article", "source", input.source);
}

/**
 * Runs the per-article stages in order: clean → publication date → quotations and
 * sentences → mentions → entity resolution → time → quotes → events → event places.
 */
export function analyzeArticle(input: InputArticle): ArticleAnalysis {
  const id = articleId(input);
  // Invisible characters would split names ("Jo\u200be"): the stages read the text without
  // them, and the document maps their offsets back into the original.
  const { text, removedAt } = withoutInvisibles(input.text);
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  const blocks = cleanArticle(text);
  const titleBlock = blocks.find((b) => b.kind === "title");
  const title = input.title ?? (titleBlock ? text.slice(titleBlock.start, titleBlock.end) : null);
  let publishedAt: ArticleDate | null = input.publishedAt
    ? { value: input.publishedAt, precision: "day", basis: "stated" }
    : null;
  publishedAt ??= findPublicationDate(text, blocks)?.date ?? null;
  if (!publishedAt) {
    diagnostics.push({
      severity: "info",
      rule: "extract/undated",
      reason: "no publication date given or found in the text; relative dates stay unresolved",
      file: input.source,
      ...(input.line === null ? {} : { line: input.line }),
    });
  }
  const quoteSpans = [
    ...blocks.filter((b) => b.kind === "body").flatMap((b) => findQuoteSpans(text, b.start, b.end)),
    ...findBlockQuotes(text, blocks),
  ].sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text, blocks, quoteSpans);
  const g = gazetteer();
  const tokens = buildTokenIndex(text, sentences);
  const { mentions, entities } = resolveEntities(
    findMentions({ text, sentences, quotes: quoteSpans, gazetteer: g, tokens }),
    g,
    id,
  );
  if (entities.size === 0) {
    diagnostics.push({
      severity: "warning",
      rule: "extract/no-entities",
      reason: "no people, organisations, countries or places were found in the article",
      file: input.source,
      ...(input.line === null ? {} : { line: input.line }),
    });
  }
  const times = findTimeExpressions(text, sentences, quoteSpans, publishedAt);
  const discourse = { mentions, entities, tokens };
  const quotes = findQuotes({ ...discourse, text, sentences, quoteSpans, times });
  const events = locateEvents(
    { mentions, dateline: findDateline(text, blocks) },
    findEvents({ ...discourse, text, sentences, quoteSpans, times, quotes, publishedAt }),
  );
  return {
    id,
    input,
    text,
    removedAt,
    blocks,
    title,
    publishedAt,
    sentences,
    quoteSpans,
    mentions,
    entities,
    times,
    quotes,
    events,
    diagnostics,
  };
}
