import { describe, expect, it } from "vitest";
import { artifactIdOfJar, pluginJarsToDrop } from "./distribution.js";

describe("artifactIdOfJar", () => {
  it("strips the version (and a classifier) from a copied jar's name", () => {
    expect(artifactIdOfJar("commons-lang3-3.12.0.jar")).toBe("commons-lang3");
    expect(artifactIdOfJar("apoc-core-5.26.19.jar")).toBe("apoc-core");
    expect(artifactIdOfJar("RoaringBitmap-0.7.17.jar")).toBe("RoaringBitmap");
    expect(artifactIdOfJar("netty-transport-native-epoll-4.1.115.Final-linux-x86_64.jar")).toBe(
      "netty-transport-native-epoll",
    );
  });
});

describe("pluginJarsToDrop", () => {
  it("drops the plugin's copies of libraries the server already ships, whatever their version", () => {
    expect(
      pluginJarsToDrop(
        ["apoc-core-5.26.19.jar", "commons-lang3-3.12.0.jar", "opencsv-5.7.1.jar"],
        ["commons-lang3-3.18.0.jar", "neo4j-kernel-5.26.19.jar"],
      ),
    ).toEqual(["commons-lang3-3.12.0.jar"]);
  });

  it("keeps everything when nothing is shared", () => {
    expect(pluginJarsToDrop(["apoc-core-5.26.19.jar"], ["neo4j-kernel-5.26.19.jar"])).toEqual([]);
  });
});
