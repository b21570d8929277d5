/**
 * Guard rails against expensive or malformed queries: depth, cost, alias and token limits
 * (graphql-armor), a maximum page size, and timeline cursors checked before any Cypher runs.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import { decodeTimelineCursor } from "./cursor.js";

export interface GuardRailLimits {
  /** Deepest selection nesting (a connection's edges → node → … counts every level). */
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  /** Largest `first` / `limit` a client may ask for. */
  readonly maxPageSize: number;
}

export const DEFAULT_LIMITS: GuardRailLimits = {
  maxDepth: 8,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 2000,
  maxPageSize: 100,
};

/** Fields whose `after` argument is a timeline cursor (see cursor.ts), not a relay cursor. */
const TIMELINE_CURSOR_FIELDS = new Set(["timeline", "undatedEvents"]);
const PAGE_SIZE_ARGUMENTS = new Set(["first", "limit"]);

/** graphql-armor's Apollo plugins and validation rules; limits are stated in the error messages. */
export function armorProtection(limits: GuardRailLimits): ReturnType<ApolloArmor["protect"]> {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    // Counted by graphql-js's own parser instead (Apollo's `parseOptions.maxTokens`): armor's
    // check fails from an Apollo hook, which Apollo answers with a 500 instead of a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * What is wrong with the pagination arguments of a request: page sizes above the maximum or
 * below zero, and timeline cursors this API did not produce. Variables are resolved, which a
 * validation rule could not do.
 */
export function findPaginationProblems(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  maxPageSize: number,
): string[] {
  const problems: string[] = [];
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.STRING) return node.value;
    return undefined;
  };
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        const name = argument.name.value;
        const value = valueOf(argument.value);
        if (PAGE_SIZE_ARGUMENTS.has(name) && typeof value === "number") {
          if (value > maxPageSize) {
            problems.push(
              `${field.name.value}(${name}: ${value}) exceeds the maximum page size of ${maxPageSize}.`,
            );
          } else if (value < 0) {
            problems.push(`${field.name.value}(${name}: ${value}) must not be negative.`);
          }
        }
        if (
          name === "after" &&
          TIMELINE_CURSOR_FIELDS.has(field.name.value) &&
          typeof value === "string" &&
          !decodeTimelineCursor(value)
        ) {
          problems.push(
            `${field.name.value}(after: ${JSON.stringify(value)}) is not a timeline cursor; pass the \`cursor\` of the last event of the previous page.`,
          );
        }
      }
    },
  });
  return problems;
}

/** Rejects a request with oversized pages or foreign cursors as BAD_USER_INPUT before it runs. */
export function paginationGuardPlugin(maxPageSize: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const problems = findPaginationProblems(document, request.variables ?? {}, maxPageSize);
          if (problems.length > 0) {
            return Promise.reject(
              new GraphQLError(problems.join(" "), {
                extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
              }),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
