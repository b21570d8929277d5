/**
 * The offline playground: GraphiQL and React served from node_modules, so the page works
 * without internet (Apollo's default landing page loads from a CDN).
 */
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ExampleQuery } from "./example-queries.js";

const require = createRequire(import.meta.url);

/** URL path → file in node_modules and its content type. */
const ASSETS: Readonly<
  Record<string, { readonly packageName: string; readonly file: string; readonly type: string }>
> = {
  "/playground/react.js": {
    packageName: "react",
    file: "umd/react.production.min.js",
    type: "text/javascript",
  },
  "/playground/react-dom.js": {
    packageName: "react-dom",
    file: "umd/react-dom.production.min.js",
    type: "text/javascript",
  },
  "/playground/graphiql.js": { packageName: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "/playground/graphiql.css": { packageName: "graphiql", file: "graphiql.min.css", type: "text/css" },
};

/** A file of an installed package, found through its package.json (React does not export umd/). */
function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

export interface StaticAsset {
  readonly body: Buffer;
  readonly contentType: string;
}

/** JSON safe to embed in a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function renderPlayground(options: { endpoint: string; examples: readonly ExampleQuery[] }): string {
  const tabs = options.examples.map((example) => ({
    query: example.query,
    ...(example.variables ? { variables: JSON.stringify(example.variables, null, 2) } : {}),
  }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph GraphQL playground</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script>
  const tabs = ${scriptJson(tabs)};
  const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(options.endpoint)} });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      // GraphiQL fills the first tab from these, not from defaultTabs.
      query: tabs[0] && tabs[0].query,
      variables: tabs[0] && tabs[0].variables,
      defaultEditorToolsVisibility: "variables",
      shouldPersistHeaders: false,
    }),
  );
</script>
</body>
</html>
`;
}

/** Serves the playground's scripts and styles; everything else under /playground/ is unknown. */
export class PlaygroundAssets {
  private readonly cache = new Map<string, StaticAsset>();

  async get(path: string): Promise<StaticAsset | null> {
    const asset = ASSETS[path];
    if (!asset) return null;
    const cached = this.cache.get(path);
    if (cached) return cached;
    const loaded = {
      body: await readFile(packageFile(asset.packageName, asset.file)),
      contentType: asset.type,
    };
    this.cache.set(path, loaded);
    return loaded;
  }
}
