/**
 * The visualisation routes for the API server, as one Node request handler that answers its own
 * paths and declines the rest (resolves false), so a server can try it before its own routes:
 *
 *   GET /export/<format>?actor=…&place=…&cameo=…&from=…&to=…&graph=actor-network|actor-event
 *   GET /explore                 the explorer page (?actor=… etc. narrow what it loads, which it
 *                                reads from the GraphQL API's `explorerData`)
 *   GET /explore/app.js          its script, bundled from npm at first use
 *   GET /explore/world.json      the packaged world outline (world-atlas, 1:110m)
 *
 * Errors are masked at the edge: a bad filter is a 400 naming the value, anything else a 500
 * with no detail (the detail goes to `onError`).
 */
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { Driver } from "neo4j-driver";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormatName } from "../export/formats.js";
import { bundleExplorerScript } from "../explorer/bundle.js";
import { renderExplorerPage } from "../explorer/page.js";
import { filterFromSearchParams, VizFilterError } from "../filter.js";
import { neo4jProjectionSource } from "../projection/neo4j-source.js";
import { isProjectionKind, PROJECTIONS, type ProjectionKind } from "../projection/load.js";

export interface VisualisationRoutesOptions {
  readonly driver: Driver;
  readonly database?: string | undefined;
  /** Told about unexpected failures, which the client only sees as a 500. */
  readonly onError?: (error: unknown) => void;
}

export type VisualisationHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** A request the client got wrong: answered with its status and message. */
class ClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const EXPLORER_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(body);
}

/** Errors in the API server's shape (`errors[].extensions.code`), so clients read both alike. */
function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  send(
    response,
    status,
    "application/json; charset=utf-8",
    JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  );
}

function projectionOf(params: URLSearchParams): ProjectionKind {
  const requested = params.get("graph") ?? "actor-network";
  if (!isProjectionKind(requested)) {
    throw new ClientError(
      400,
      "BAD_REQUEST",
      `graph "${requested}": expected one of ${PROJECTIONS.join(", ")}`,
    );
  }
  return requested;
}

function worldOutlinePath(): string {
  return createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
}

export function createVisualisationRoutes(options: VisualisationRoutesOptions): VisualisationHandler {
  let script: Promise<string> | null = null;
  const explorerScript = (): Promise<string> => {
    script ??= bundleExplorerScript().catch((error: unknown) => {
      script = null; // try again on the next request
      throw error;
    });
    return script;
  };
  const sourceFor = (params: URLSearchParams) =>
    neo4jProjectionSource({
      driver: options.driver,
      database: options.database,
      filter: filterFromSearchParams(params),
    });

  async function route(path: string, params: URLSearchParams, response: ServerResponse): Promise<void> {
    const exportMatch = /^\/export\/([^/]+)$/.exec(path);
    if (exportMatch) {
      const name = decodeURIComponent(exportMatch[1] ?? "");
      if (!isExportFormatName(name)) {
        throw new ClientError(
          404,
          "NOT_FOUND",
          `no export format "${name}"; formats: ${EXPORT_FORMAT_NAMES.join(", ")}`,
        );
      }
      const format = EXPORT_FORMATS[name];
      const projection = projectionOf(params);
      const body = await format.render(sourceFor(params), {
        projection,
        today: new Date().toISOString().slice(0, 10),
      });
      send(response, 200, format.contentType, body, {
        "content-disposition": `attachment; filename="newsgraph-${name}.${format.extension}"`,
      });
      return;
    }
    switch (path) {
      case "/explore":
      case "/explore/":
        send(response, 200, "text/html; charset=utf-8", renderExplorerPage(), {
          "content-security-policy": EXPLORER_POLICY,
        });
        return;
      case "/explore/app.js":
        send(response, 200, "text/javascript; charset=utf-8", await explorerScript());
        return;
      case "/explore/world.json":
        send(response, 200, "application/json", await readFile(worldOutlinePath(), "utf8"), {
          "cache-control": "public, max-age=86400",
        });
        return;
      default:
        throw new ClientError(404, "NOT_FOUND", `no such page: ${path}`);
    }
  }

  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (!path.startsWith("/export/") && path !== "/explore" && !path.startsWith("/explore/")) return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("allow", "GET, HEAD");
      sendError(response, 405, "METHOD_NOT_ALLOWED", `${request.method ?? "?"} ${path}: only GET`);
      return true;
    }
    try {
      await route(path, url.searchParams, response);
    } catch (error) {
      if (error instanceof ClientError) sendError(response, error.status, error.code, error.message);
      else if (error instanceof VizFilterError) sendError(response, 400, "BAD_REQUEST", error.message);
      else {
        options.onError?.(error);
        sendError(response, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
      }
    }
    return true;
  };
}
