import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { chooseBoltPort, newLocalPassword } from "./local-server.js";

describe("chooseBoltPort", () => {
  let blocker: Server | undefined;
  afterEach(async () => {
    const open = blocker;
    blocker = undefined;
    if (open) await new Promise((done) => open.close(done));
  });

  it("picks a free loopback port when none is asked for", async () => {
    const port = await chooseBoltPort({});
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65_536);
  });

  it("says which port is busy instead of starting a server that cannot listen", async () => {
    blocker = createServer();
    const port = await new Promise<number>((done) => {
      blocker?.listen(0, "127.0.0.1", () => {
        const address = blocker?.address();
        done(typeof address === "object" && address ? address.port : 0);
      });
    });
    await expect(chooseBoltPort({ NEWSGRAPH_NEO4J_PORT: String(port) })).rejects.toThrow(
      new RegExp(`Port ${port} \\(NEWSGRAPH_NEO4J_PORT\\) is already in use`),
    );
  });

  it("rejects a value that is not a port", async () => {
    await expect(chooseBoltPort({ NEWSGRAPH_NEO4J_PORT: "seven" })).rejects.toThrow(/must be a port number/);
  });
});

describe("newLocalPassword", () => {
  it("never starts with a dash that neo4j-admin would read as an option, and differs each time", () => {
    const passwords = Array.from({ length: 2000 }, newLocalPassword);
    expect(passwords.filter((password) => !/^[0-9a-f]{48}$/.test(password))).toEqual([]);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
