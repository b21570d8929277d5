/**
 * Full-text search phrases are Lucene queries. Checked before any Cypher runs: a syntax error
 * is BAD_USER_INPUT with the reason (not a masked database error), and the queries that scan
 * the whole index (a term starting with a wildcard, a regular expression) are refused.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import lucene, { type AST, type Node } from "lucene";

/** The generated full-text queries (`@fulltext` in schema.graphql). */
const SEARCH_FIELDS = new Set(["searchActors", "searchPlaces", "searchEvents", "searchQuotes"]);

/** Longest phrase accepted: a search, not a document. */
export const MAX_PHRASE_LENGTH = 500;

function termsOf(node: AST | Node): Node[] {
  if ("term" in node || "term_min" in node) return [node];
  return [node.left, ...("right" in node ? [node.right] : [])].flatMap(termsOf);
}

/** Where the parser stopped, in words: `"]" at character 2`. */
function syntaxError(error: unknown): string {
  const { found, location } = error as { found?: string | null; location?: { start?: { column?: number } } };
  const column = location?.start?.column;
  if (found === undefined || column === undefined)
    return error instanceof Error ? error.message : String(error);
  return found === null ? "it ends too early" : `unexpected ${JSON.stringify(found)} at character ${column}`;
}

/** What is wrong with a search phrase, or null when Neo4j can run it cheaply. */
export function searchPhraseProblem(phrase: string): string | null {
  if (phrase.trim() === "") return "the search phrase is empty";
  if (phrase.length > MAX_PHRASE_LENGTH)
    return `the search phrase is longer than ${MAX_PHRASE_LENGTH} characters`;
  let ast: AST;
  try {
    ast = lucene.parse(phrase);
  } catch (error) {
    return `the search phrase is not valid Lucene syntax (${syntaxError(error)}); put words in double quotes to search for them as they are`;
  }
  for (const node of termsOf(ast)) {
    if (!("term" in node)) continue;
    if (node.regex) return `regular expressions (/${node.term}/) scan the whole index and are not accepted`;
    if (!node.quoted && /^[*?]/.test(node.term)) {
      return `"${node.term}" starts with a wildcard, which would scan the whole index; put the wildcard after a few letters ("${node.term.replace(/^[*?]+/, "") || "abc"}*")`;
    }
  }
  return null;
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return node.kind === Kind.STRING ? node.value : undefined;
}

export function findSearchProblems(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  visit(document, {
    Field(field) {
      if (!SEARCH_FIELDS.has(field.name.value)) return;
      const phrase = field.arguments?.find((argument) => argument.name.value === "phrase");
      const value = phrase ? valueOf(phrase.value, variables) : undefined;
      const problem = typeof value === "string" ? searchPhraseProblem(value) : null;
      if (problem) problems.push(`${field.name.value}(phrase: ${JSON.stringify(value)}): ${problem}.`);
    },
  });
  return problems;
}

/** Rejects a request whose search phrases Neo4j would refuse or pay dearly for, as BAD_USER_INPUT. */
export function searchGuardPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const problems = findSearchProblems(document, request.variables ?? {});
          if (problems.length === 0) return Promise.resolve();
          return Promise.reject(
            new GraphQLError(problems.join(" "), {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            }),
          );
        },
      });
    },
  };
}
