import { describe, expect, it } from "vitest";
import type { ApiContext } from "./context.js";
import { createIngestResolver, type IngestArticles } from "./ingest.js";

const article = { source: "a.txt", text: "Title\n\nBody." };
const report = { articles: 1, events: 0, quotes: 0, diagnostics: [] };
const context = (writeTokenConfigured: boolean, authorizedWriter: boolean) =>
  ({ writeTokenConfigured, authorizedWriter }) as ApiContext;

describe("ingestArticles resolver", () => {
  const ingest: IngestArticles = () => Promise.resolve(report);

  it("runs the pipeline for an authorised writer", async () => {
    await expect(
      createIngestResolver(ingest)(null, { articles: [article] }, context(true, true)),
    ).resolves.toBe(report);
  });

  it("rejects a request without the token as UNAUTHENTICATED", async () => {
    await expect(
      createIngestResolver(ingest)(null, { articles: [article] }, context(true, false)),
    ).rejects.toMatchObject({
      message: expect.stringContaining("Authorization: Bearer") as unknown,
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("explains that writing is disabled when the server has no token", async () => {
    await expect(
      createIngestResolver(ingest)(null, { articles: [article] }, context(false, false)),
    ).rejects.toMatchObject({
      message: expect.stringContaining("without NEWSGRAPH_API_TOKEN") as unknown,
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("rejects an empty batch", async () => {
    await expect(
      createIngestResolver(ingest)(null, { articles: [] }, context(true, true)),
    ).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("says so when no pipeline is configured", async () => {
    await expect(
      createIngestResolver(undefined)(null, { articles: [article] }, context(true, true)),
    ).rejects.toMatchObject({ extensions: { code: "NOT_IMPLEMENTED" } });
  });
});
