import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDistribution } from "./distribution.js";

// No database here, but it runs Java and a Maven stand-in: it belongs with the slow tests.
describe("ensureDistribution when Maven cannot download", () => {
  const scratch = mkdtempSync(join(tmpdir(), "newsgraph-mvn-"));
  const originalPath = process.env.PATH;
  afterAll(() => {
    process.env.PATH = originalPath;
    rmSync(scratch, { recursive: true, force: true });
  });

  it("says so with Maven's own last lines, and leaves nothing in the cache", () => {
    const bin = join(scratch, "bin");
    mkdirSync(bin);
    // Answers `mvn -v` but cannot resolve anything, as on a machine without the network.
    writeFileSync(
      join(bin, "mvn"),
      '#!/bin/sh\nif [ "$1" = "-v" ]; then echo "Apache Maven 3.8.7"; exit 0; fi\n' +
        'echo "[ERROR] Could not transfer artifact org.neo4j:neo4j:pom from/to central: Network is unreachable"\nexit 1\n',
    );
    chmodSync(join(bin, "mvn"), 0o755);
    process.env.PATH = `${bin}:${originalPath ?? ""}`;
    const cache = join(scratch, "cache");

    expect(() => ensureDistribution(cache, () => undefined)).toThrow(
      /Maven could not download Neo4j [\d.]+ \/ APOC [\d.]+ from Maven Central[\s\S]*Network is unreachable/,
    );
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });
});
