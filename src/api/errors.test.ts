import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createErrorMasker, INTERNAL_ERROR_MESSAGE, UNAVAILABLE_MESSAGE } from "./errors.js";

function mask(formatted: Parameters<ReturnType<typeof createErrorMasker>>[0], error: unknown) {
  const logged: unknown[] = [];
  const result = createErrorMasker((e) => logged.push(e))(formatted, error);
  return { result, logged };
}

describe("createErrorMasker", () => {
  it("keeps client-facing errors but drops the stack trace", () => {
    const { result, logged } = mask(
      {
        message: "Syntax Error: Query depth limit of 8 exceeded, found 12.",
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at x"] },
      },
      new GraphQLError("x"),
    );
    expect(result).toEqual({
      message: "Syntax Error: Query depth limit of 8 exceeded, found 12.",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(logged).toEqual([]);
  });

  it("masks a database error that carries Cypher, and logs the original", () => {
    const cypherError = Object.assign(new Error("Invalid input 'MATCH (n:Event)': expected ..."), {
      code: "Neo.ClientError.Statement.SyntaxError",
    });
    const { result, logged } = mask(
      { message: cypherError.message, path: ["timeline"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      cypherError,
    );
    expect(result).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      path: ["timeline"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(result)).not.toContain("MATCH");
    expect(logged).toEqual([cypherError]);
  });

  it("masks errors with no code at all", () => {
    expect(mask({ message: "boom" }, new Error("boom")).result.extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
    });
  });

  it("says the database is unreachable when the driver says so", () => {
    const unavailable = Object.assign(new Error("Could not perform discovery at bolt://10.0.0.1"), {
      code: "ServiceUnavailable",
    });
    const { result, logged } = mask({ message: unavailable.message }, unavailable);
    expect(result).toEqual({ message: UNAVAILABLE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect(logged).toEqual([]);
  });
});
