import { describe, expect, it } from "vitest";
import { checkJava, checkMaven, parseJavaMajorVersion } from "./prerequisites.js";

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

describe("checkJava and checkMaven", () => {
  const noTools = { ...process.env, PATH: "/nonexistent" };

  it("name the missing tool and the way around it", () => {
    expect(() => {
      checkJava(noTools);
    }).toThrow(/Java 17 or newer .*`java` was not found.*NEO4J_URI/);
    expect(() => {
      checkMaven(noTools);
    }).toThrow(/Maven .*was not found.*NEO4J_URI/);
  });
});
