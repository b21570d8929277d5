/**
 * The explorer's script: client/main.ts and its npm dependencies (graphology, sigma, d3-geo,
 * topojson-client) bundled by esbuild in memory, so the page needs nothing from a CDN and
 * nothing is written into the working tree.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The entry point next to this module: TypeScript from the sources, JavaScript from dist/. */
function clientEntry(): string {
  for (const name of ["client/main.ts", "client/main.js"]) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error("explorer: client/main.ts (or its compiled main.js) not found next to bundle.js");
}

export async function bundleExplorerScript(): Promise<string> {
  const result = await build({
    entryPoints: [clientEntry()],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("explorer: esbuild produced no output");
  return output.text;
}
