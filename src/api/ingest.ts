/**
 * `ingestArticles`: the one write the API offers. It runs extraction and import through an
 * injected function (the CLI wires the real pipeline), so the API layer depends on neither.
 */
import { GraphQLError } from "graphql";
import type { ApiContext } from "./context.js";

export interface ArticleInput {
  /** A name for the article: shown in diagnostics and stored as its source. */
  readonly source: string;
  readonly text: string;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly outlet?: string | null;
  /** Publication day `YYYY-MM-DD`: what relative dates ("on Monday") are resolved against. */
  readonly publishedAt?: string | null;
}

export interface IngestDiagnostic {
  readonly severity: string;
  readonly rule: string;
  readonly reason: string;
  readonly file: string;
}

export interface IngestReport {
  readonly articles: number;
  readonly events: number;
  readonly quotes: number;
  readonly diagnostics: readonly IngestDiagnostic[];
}

/** Extracts and imports a batch; problems with single articles are diagnostics, not exceptions. */
export type IngestArticles = (articles: readonly ArticleInput[]) => Promise<IngestReport>;

/** Largest batch one request may ingest (bigger corpora go through `newsgraph import`). */
export const MAX_INGEST_BATCH = 100;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function createIngestResolver(
  ingest: IngestArticles | undefined,
): (
  source: unknown,
  args: { articles: readonly ArticleInput[] },
  context: ApiContext,
) => Promise<IngestReport> {
  return async (_source, { articles }, context) => {
    if (!context.writeTokenConfigured) {
      throw unauthenticated(
        "ingestArticles is disabled: the server was started without NEWSGRAPH_API_TOKEN, so no request can be authenticated.",
      );
    }
    if (!context.authorizedWriter) {
      throw unauthenticated(
        "ingestArticles requires the API token: send the header `Authorization: Bearer <NEWSGRAPH_API_TOKEN>`.",
      );
    }
    if (!ingest) {
      throw new GraphQLError(
        "ingestArticles is not available on this server (no import pipeline configured).",
        {
          extensions: { code: "NOT_IMPLEMENTED", http: { status: 501 } },
        },
      );
    }
    if (articles.length === 0 || articles.length > MAX_INGEST_BATCH) {
      throw new GraphQLError(
        `ingestArticles takes 1 to ${MAX_INGEST_BATCH} articles, got ${articles.length}.`,
        {
          extensions: { code: "BAD_USER_INPUT" },
        },
      );
    }
    return ingest(articles);
  };
}
