import { describe, expect, it } from "vitest";
import { jvmArguments, memorySettings, renderNeo4jConf } from "./server-config.js";

const layout = { home: "/h", plugins: "/c/plugins", data: "/h/data", logs: "/h/logs", run: "/h/run" };

describe("renderNeo4jConf", () => {
  const conf = renderNeo4jConf(layout, { boltPort: 40123, heap: "512m", pageCache: "256m" });

  it("listens on loopback only, on the chosen port, with auth on", () => {
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:40123\n");
    expect(conf).toContain("server.default_listen_address=127.0.0.1\n");
    expect(conf).toContain("dbms.security.auth_enabled=true\n");
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });

  it("loads APOC from the cached plugins directory", () => {
    expect(conf).toContain("server.directories.plugins=/c/plugins\n");
    expect(conf).toContain("dbms.security.procedures.unrestricted=apoc.*\n");
  });

  it("turns the HTTP connector off: only Bolt is used", () => {
    expect(conf).toContain("server.http.enabled=false\n");
  });
});

describe("jvmArguments", () => {
  it("sizes the heap and opens the modules Netty needs", () => {
    const args = jvmArguments({ boltPort: 1, heap: "256m", pageCache: "64m" });
    expect(args).toContain("-Xmx256m");
    expect(args).toContain("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
  });
});

describe("memorySettings", () => {
  it("keeps the small defaults unless the environment sizes heap and page cache", () => {
    expect(memorySettings({})).toEqual({ heap: "512m", pageCache: "256m" });
    expect(memorySettings({ NEWSGRAPH_NEO4J_HEAP: "4g", NEWSGRAPH_NEO4J_PAGECACHE: "8G" })).toEqual({
      heap: "4g",
      pageCache: "8G",
    });
  });

  it("names the variable and the value it cannot read", () => {
    expect(() => memorySettings({ NEWSGRAPH_NEO4J_HEAP: "lots" })).toThrow(
      'NEWSGRAPH_NEO4J_HEAP must be a size such as 512m or 4g, got "lots"',
    );
  });
});
