/**
 * The HTTP server: GraphQL (Apollo Server 5) at /graphql, the offline playground at / (and on
 * a browser's GET of /graphql), /health, CORS, and a graceful stop that lets requests in
 * flight finish. Features are Apollo plugins where Apollo has a hook for them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import cors from "cors";
import type { Driver } from "neo4j-driver";
import { bearerToken, isAuthorizedWriter } from "./auth.js";
import type { ApiContext } from "./context.js";
import { createErrorMasker } from "./errors.js";
import { EXAMPLE_QUERIES } from "./example-queries.js";
import {
  armorProtection,
  DEFAULT_LIMITS,
  paginationGuardPlugin,
  type GuardRailLimits,
} from "./guard-rails.js";
import { checkHealth } from "./health.js";
import { searchGuardPlugin } from "./search-guard.js";
import type { IngestArticles } from "./ingest.js";
import { PlaygroundAssets, renderPlayground } from "./playground.js";
import { buildApiSchema } from "./schema.js";
import type { VisualisationService } from "./visualisation.js";

export const GRAPHQL_PATH = "/graphql";

/** A query with its variables fits easily; a larger body from a reader is refused unread. */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;
/** `ingestArticles` batches of articles, for requests that carry the API token. */
export const DEFAULT_MAX_WRITER_BODY_BYTES = 10 * 1024 * 1024;

export interface ApiServerOptions {
  readonly driver: Driver;
  /** Undefined: the server's default database. */
  readonly database?: string | undefined;
  /** The token `ingestArticles` requires; without one, ingestion is refused. */
  readonly apiToken?: string | undefined;
  /** Extraction + import, for `ingestArticles`. */
  readonly ingest?: IngestArticles | undefined;
  /** Projections and export writers, for the `export` and `explorerData` queries. */
  readonly visualisation?: VisualisationService | undefined;
  /** Origins allowed by CORS: `*` for any (the API is read-only without the token). */
  readonly corsOrigins?: readonly string[] | "*";
  readonly limits?: Partial<GuardRailLimits>;
  /** Largest request body accepted from a reader: a query and its variables. */
  readonly maxBodyBytes?: number;
  /** Largest request body accepted with the API token: `ingestArticles` carries article texts. */
  readonly maxWriterBodyBytes?: number;
  /** Whether the schema answers introspection (the playground's docs and completion use it). */
  readonly introspection?: boolean;
  readonly log?: (line: string) => void;
  /**
   * More HTTP routes (the visualisation exports and explorer), tried in order before the 404:
   * each answers its own paths and resolves true, or declines with false.
   */
  readonly routes?: readonly RouteHandler[];
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

export interface ListenOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  /** Undefined: every interface. */
  readonly host?: string;
}

export interface ApiServer {
  /** Starts listening; resolves with the playground URL. */
  listen(options?: ListenOptions): Promise<{ readonly url: string; readonly port: number }>;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new HttpError(
      413,
      `The request body is larger than ${maxBytes} bytes, more than a query needs (only ingestArticles, with the API token, may send more).`,
    );
  if (Number(request.headers["content-length"] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  if (!contentType?.toLowerCase().includes("application/json")) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}

function wantsHtml(request: IncomingMessage): boolean {
  return request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { driver, database } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxWriterBodyBytes = options.maxWriterBodyBytes ?? DEFAULT_MAX_WRITER_BODY_BYTES;
  const writeTokenConfigured = Boolean(options.apiToken);
  const httpServer: Server = createServer();
  const armor = armorProtection(limits);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema({ ingest: options.ingest, visualisation: options.visualisation }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      ApolloServerPluginLandingPageDisabled(),
      paginationGuardPlugin(limits.maxPageSize),
      searchGuardPlugin(),
      // graphql-armor is typed against Apollo's CommonJS declarations; the objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorMasker((error) => {
      log(`[api] internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }),
  });
  await apollo.start();

  const playgroundHtml = renderPlayground({ endpoint: GRAPHQL_PATH, examples: EXAMPLE_QUERIES });
  const assets = new PlaygroundAssets();
  const corsOrigins = options.corsOrigins ?? "*";
  const applyCors = cors({
    origin: corsOrigins === "*" ? "*" : [...corsOrigins],
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight"],
    maxAge: 600,
  });

  async function executeGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const authorizedWriter = isAuthorizedWriter(options.apiToken, bearerToken(request.headers.authorization));
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (request.method ?? "GET").toUpperCase(),
      headers,
      search: url.search,
      body: parseBody(
        await readBody(request, authorizedWriter ? maxWriterBodyBytes : maxBodyBytes),
        request.headers["content-type"],
      ),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () =>
        Promise.resolve({
          executionContext: driver,
          sessionConfig: { database },
          writeTokenConfigured,
          authorizedWriter,
        }),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = url.pathname;
    if ((path === "/" || path === GRAPHQL_PATH) && wantsHtml(request)) {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(playgroundHtml);
      return;
    }
    if (path.startsWith("/playground/") && request.method === "GET") {
      const asset = await assets.get(path);
      if (!asset) throw new HttpError(404, `No such playground file: ${path}`);
      response.setHeader("content-type", `${asset.contentType}; charset=utf-8`);
      response.setHeader("cache-control", "public, max-age=86400");
      response.end(asset.body);
      return;
    }
    if (path === "/health" && request.method === "GET") {
      const report = await checkHealth(driver, database);
      sendJson(response, report.status === "ok" ? 200 : 503, report);
      return;
    }
    if (path === GRAPHQL_PATH || (path === "/" && request.method === "POST")) {
      await executeGraphQL(request, response, url);
      return;
    }
    for (const handle of options.routes ?? []) if (await handle(request, response)) return;
    throw new HttpError(404, `Nothing at ${path}: GraphQL is at ${GRAPHQL_PATH}, the playground at /.`);
  }

  httpServer.on("request", (request: IncomingMessage, response: ServerResponse) => {
    applyCors(request, response, () => {
      route(request, response).catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        if (error instanceof HttpError) {
          sendJson(response, error.status, {
            errors: [
              {
                message: error.message,
                extensions: { code: error.status === 404 ? "NOT_FOUND" : "BAD_REQUEST" },
              },
            ],
          });
          return;
        }
        log(
          `[api] request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        sendJson(response, 500, {
          errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        });
      });
    });
  });

  return {
    listen(listenOptions = {}) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(listenOptions.port ?? 4000, listenOptions.host, () => {
          httpServer.off("error", reject);
          const { port } = httpServer.address() as AddressInfo;
          const host =
            listenOptions.host && !["0.0.0.0", "::"].includes(listenOptions.host)
              ? listenOptions.host
              : "localhost";
          resolve({ url: `http://${host}:${port}/`, port });
        });
      });
    },
    async stop() {
      // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
      await apollo.stop();
    },
  };
}
