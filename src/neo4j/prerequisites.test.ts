import { describe, expect, it } from "vitest";
import { parseJavaMajorVersion } from "./prerequisites.js";

describe("parseJavaMajorVersion", () => {
  it("reads modern and legacy version strings", () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
  });

  it("is null for output that names no version", () => {
    expect(parseJavaMajorVersion("bash: java: command not found")).toBeNull();
  });
});
