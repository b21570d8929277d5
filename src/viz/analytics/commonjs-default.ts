/**
 * graphology's algorithm packages are CommonJS whose typings declare `export default`. Node
 * hands an ES module importing them `module.exports` itself, while TypeScript (NodeNext) types
 * the import as `{ default: … }`; this returns the function whichever shape arrives.
 */
export function commonJsDefault<T>(imported: { readonly default: T }): T {
  const shape = imported as { readonly default?: T };
  return shape.default ?? (imported as unknown as T);
}
