import { describe, expect, it } from "vitest";
import { bearerToken, isAuthorizedWriter } from "./auth.js";

describe("bearerToken", () => {
  it("reads the token of a Bearer header, whatever the scheme's case", () => {
    expect(bearerToken("Bearer s3cret")).toBe("s3cret");
    expect(bearerToken("bearer s3cret ")).toBe("s3cret");
  });

  it("returns null for a missing or different header", () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
  });
});

describe("isAuthorizedWriter", () => {
  it("accepts only the configured token", () => {
    expect(isAuthorizedWriter("s3cret", "s3cret")).toBe(true);
    expect(isAuthorizedWriter("s3cret", "s3cre")).toBe(false);
    expect(isAuthorizedWriter("s3cret", null)).toBe(false);
  });

  it("lets nobody write when the server has no token", () => {
    expect(isAuthorizedWriter(undefined, "anything")).toBe(false);
    expect(isAuthorizedWriter("", "")).toBe(false);
  });
});
