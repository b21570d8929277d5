/**
 * Errors masked at the edge: clients see a message and a code they can act on, never a stack
 * trace, a Cypher statement or a driver message. Anything unexpected is logged in full on the
 * server and answered with INTERNAL_SERVER_ERROR.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

/** Codes whose messages are written for clients (by Apollo, graphql-js, armor or this API). */
const CLIENT_FACING_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_IMPLEMENTED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Neo4j driver error codes that mean the database cannot be reached right now. */
const UNAVAILABLE_DRIVER_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

export const INTERNAL_ERROR_MESSAGE = "Internal server error. The problem was logged on the server.";
export const UNAVAILABLE_MESSAGE = "The graph database is not reachable right now; try again shortly.";

function driverCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const { code } = error;
  return typeof code === "string" ? code : undefined;
}

/**
 * Apollo's `formatError`: keeps client-facing errors (without extensions other than `code`),
 * turns an unreachable database into SERVICE_UNAVAILABLE and masks everything else.
 */
export function createErrorMasker(
  logError: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    const location = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (typeof code === "string" && CLIENT_FACING_CODES.has(code)) {
      return { message: formatted.message, ...location, extensions: { code } };
    }
    const original = unwrapResolverError(error);
    if (UNAVAILABLE_DRIVER_CODES.has(driverCode(original) ?? "")) {
      return { message: UNAVAILABLE_MESSAGE, ...location, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    logError(original);
    return { message: INTERNAL_ERROR_MESSAGE, ...location, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
