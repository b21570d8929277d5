import { describe, expect, it } from "vitest";
import { sha256, stableId } from "./ids.js";
import { foldName, stripAccents } from "./normalize.js";

describe("stableId", () => {
  it("is deterministic and prefixed", () => {
    expect(stableId("actor", "person", "joe biden")).toBe(stableId("actor", "person", "joe biden"));
    expect(stableId("actor", "person", "joe biden")).toMatch(/^actor_[0-9a-f]{16}$/);
  });
  it("separates parts so that concatenation does not collide", () => {
    expect(stableId("x", "ab", "c")).not.toBe(stableId("x", "a", "bc"));
  });
  it("hashes content with sha256", () => {
    expect(sha256("")).toHaveLength(64);
  });
});

describe("foldName", () => {
  it("folds case, dots, articles and possessives", () => {
    expect(foldName("the U.S.’s")).toBe("us");
    expect(foldName("Türkiye")).toBe("turkiye");
  });
  it("keeps different names different", () => {
    expect(foldName("Gaza City")).not.toBe(foldName("Gaza"));
  });
  it("strips accents keeping case", () => {
    expect(stripAccents("Rafaḩ")).toBe("Rafah");
  });
});
