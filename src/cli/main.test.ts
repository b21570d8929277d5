/**
 * `newsgraph --help` and `--version` answer without loading the pipeline: main.ts and what it
 * imports statically reach commander and the commands' descriptions only; each command imports
 * its extraction, database or server layer when it runs.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEFAULT_BATCH_SIZE } from "../graph/index.js";
import { EXPORT_FORMAT_NAMES, PROJECTIONS } from "../viz/index.js";
import { HELP_FORMATS, HELP_PROJECTIONS } from "./commands/export.js";
import { HELP_BATCH_SIZE } from "./commands/import.js";

const CLI_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(CLI_DIR, "../..");

// Static imports and re-exports, not `import type` (erased) nor `await import(…)` (run time).
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)";/gm;

/** Every module main.ts loads before a command runs: files of this repository and packages. */
function staticImportsOf(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the command line's start-up", () => {
  const { files, packages } = staticImportsOf(resolve(CLI_DIR, "main.ts"));

  it("loads no layer and no package but commander before a command runs", () => {
    const layers = [...files]
      .map((file) => file.slice(REPO_ROOT.length + 1))
      .filter((file) => !file.startsWith("src/cli/"));
    expect(layers).toEqual([]);
    expect([...packages].filter((name) => !name.startsWith("node:"))).toEqual(["commander"]);
  });

  it("states in --help the same defaults and choices as the layers it does not load", () => {
    expect(HELP_BATCH_SIZE).toBe(DEFAULT_BATCH_SIZE);
    expect(HELP_FORMATS).toEqual(EXPORT_FORMAT_NAMES);
    expect(HELP_PROJECTIONS).toEqual([...PROJECTIONS]);
  });

  it("answers --version and each command's --help with an example", async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
        cwd: REPO_ROOT,
      });
    const { version } = JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect((await run("--version")).stdout.trim()).toBe(version);
    expect((await run("--help")).stdout).toContain("Start here:");
    for (const command of [["extract"], ["import"], ["serve"], ["export"], ["neo4j"], ["neo4j", "start"]]) {
      const { stdout } = await run(...command, "--help");
      expect(stdout, command.join(" ")).toMatch(/Examples?:\n {2}\$ newsgraph /);
    }
  }, 120_000);
});
