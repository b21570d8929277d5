import { describe, expect, it } from "vitest";
import { apiSettingsFromEnv } from "./config.js";

describe("apiSettingsFromEnv", () => {
  it("defaults to no token and any origin", () => {
    expect(apiSettingsFromEnv({})).toEqual({ apiToken: undefined, corsOrigins: "*", introspection: true });
  });

  it("reads the token and a list of origins", () => {
    expect(
      apiSettingsFromEnv({
        NEWSGRAPH_API_TOKEN: " s3cret ",
        NEWSGRAPH_CORS_ORIGINS: "https://a.example, https://b.example",
      }),
    ).toEqual({
      apiToken: "s3cret",
      corsOrigins: ["https://a.example", "https://b.example"],
      introspection: true,
    });
  });

  it("turns introspection off for a public deployment", () => {
    expect(apiSettingsFromEnv({ NEWSGRAPH_INTROSPECTION: "false" }).introspection).toBe(false);
    expect(apiSettingsFromEnv({ NEWSGRAPH_INTROSPECTION: "off" }).introspection).toBe(false);
    expect(apiSettingsFromEnv({ NEWSGRAPH_INTROSPECTION: "true" }).introspection).toBe(true);
  });

  it("treats a blank token as none", () => {
    expect(apiSettingsFromEnv({ NEWSGRAPH_API_TOKEN: "  " }).apiToken).toBeUndefined();
  });
});
