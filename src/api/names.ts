/**
 * Every query argument that names an actor or a place is looked up the way the extractor joins
 * names (src/graph/name-lookup.ts) before the field runs: "Biden", "joe biden" and "actor-biden"
 * are one actor. A name that fits several answers BAD_USER_INPUT with the candidates, an unknown
 * one with the nearest names.
 *
 * The @cypher fields read the ids as `$resolvedNames.<argument>`: @neo4j/graphql builds their
 * parameters from the query document, not from the resolver's arguments, and passes the
 * context's `cypherParams` to every statement, so each field gets its own copy of the context.
 * The other resolvers (export, explorerData) get the ids as their arguments.
 */
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { explainNameMatch, lookupName, type NamedKind } from "../graph/index.js";

/** Which arguments of which Query fields are names, and of what. */
export const NAME_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, NamedKind>>>> = {
  timeline: { actor: "actor", place: "place" },
  undatedEvents: { actor: "actor", place: "place" },
  eventsBetween: { actor: "actor", other: "actor" },
  shortestChain: { from: "actor", to: "actor" },
  quotes: { speaker: "actor" },
  actor: { name: "actor" },
  export: { actor: "actor", place: "place" },
  explorerData: { actor: "actor", place: "place" },
};

/** The parameter the @cypher statements read the resolved ids from. */
export const RESOLVED_NAMES_PARAMETER = "resolvedNames";

interface NameLookupContext {
  readonly executionContext?: unknown;
  readonly sessionConfig?: { readonly database?: string | undefined };
  readonly cypherParams?: Record<string, unknown>;
}

function isDriver(value: unknown): value is Driver {
  return typeof value === "object" && value !== null && "executeQuery" in value;
}

async function resolveOne(
  driver: Driver,
  database: string | undefined,
  kind: NamedKind,
  text: string,
): Promise<string> {
  const match = await lookupName(driver, database, kind, text);
  if (match.status === "found") return match.entity.id;
  throw new GraphQLError(explainNameMatch(kind, text, match) ?? `Cannot use the ${kind} "${text}".`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/** The arguments' names replaced by ids (lists element by element); absent ones stay null. */
async function resolveArguments(
  driver: Driver,
  database: string | undefined,
  names: Readonly<Record<string, NamedKind>>,
  args: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const resolved: Record<string, unknown> = {};
  for (const [argument, kind] of Object.entries(names)) {
    const value = args[argument];
    if (typeof value === "string") resolved[argument] = await resolveOne(driver, database, kind, value);
    else if (Array.isArray(value))
      resolved[argument] = await Promise.all(
        value.map((item) => resolveOne(driver, database, kind, String(item))),
      );
    else resolved[argument] = null;
  }
  return resolved;
}

function withNameLookup(
  resolve: GraphQLFieldResolver<unknown, NameLookupContext>,
  names: Readonly<Record<string, NamedKind>>,
): GraphQLFieldResolver<unknown, NameLookupContext> {
  return async (source, args: Record<string, unknown>, context, info) => {
    const driver = context.executionContext;
    if (!isDriver(driver)) return resolve(source, args, context, info);
    const resolved = await resolveArguments(driver, context.sessionConfig?.database, names, args);
    const fieldContext: NameLookupContext = {
      ...context,
      cypherParams: { ...context.cypherParams, [RESOLVED_NAMES_PARAMETER]: resolved },
    };
    const resolvedArgs = { ...args };
    for (const [argument, value] of Object.entries(resolved))
      if (value !== null) resolvedArgs[argument] = value;
    return resolve(source, resolvedArgs, fieldContext, info);
  };
}

/** Wraps the Query fields that take names (in place: the schema is built for this server only). */
export function applyNameLookup(schema: GraphQLSchema): GraphQLSchema {
  // No instanceof: @neo4j/graphql (CommonJS) and this module may load two copies of graphql.
  const query = schema.getQueryType();
  if (!query) throw new Error("The schema has no Query type.");
  const fields = query.getFields();
  for (const [fieldName, names] of Object.entries(NAME_ARGUMENTS)) {
    const field = fields[fieldName];
    if (!field?.resolve) throw new Error(`Query.${fieldName} has no resolver to look names up for.`);
    field.resolve = withNameLookup(field.resolve as GraphQLFieldResolver<unknown, NameLookupContext>, names);
  }
  return schema;
}
