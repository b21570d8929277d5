import { describe, expect, it } from "vitest";
import { createVisualisationResolvers, exportNameOf, type VisualisationService } from "./visualisation.js";

const calls: unknown[][] = [];
const service: VisualisationService = {
  renderExport: (format, graph, filter) => {
    calls.push([format, graph, filter]);
    return Promise.resolve(
      filter.cameo?.includes("x")
        ? { ok: false, badInput: '--cameo "x": expected a CAMEO code' }
        : { ok: true, value: { mediaType: "application/gexf+xml", content: "<gexf/>" } },
    );
  },
  explorerData: (filter) =>
    Promise.resolve(
      filter.from === "bad" ? { ok: false, badInput: '--from "bad"' } : { ok: true, value: "{}" },
    ),
};

describe("visualisation resolvers", () => {
  it("maps the GraphQL enum values to the export names", () => {
    expect(exportNameOf("CSV_NODES")).toBe("csv-nodes");
    expect(exportNameOf("ACTOR_EVENT")).toBe("actor-event");
    expect(exportNameOf("GEXF")).toBe("gexf");
  });

  it("renders an export, defaulting to the actor network", async () => {
    const result = await createVisualisationResolvers(service).export(null, {
      format: "GEXF",
      actor: ["Kirby"],
    });
    expect(result).toEqual({ format: "GEXF", mediaType: "application/gexf+xml", content: "<gexf/>" });
    expect(calls.at(-1)).toEqual(["gexf", "actor-network", { actor: ["Kirby"] }]);
  });

  it("turns input the service cannot use into BAD_USER_INPUT with its message", async () => {
    const resolvers = createVisualisationResolvers(service);
    await expect(resolvers.export(null, { format: "GEXF", cameo: ["x"] })).rejects.toMatchObject({
      message: '--cameo "x": expected a CAMEO code',
      extensions: { code: "BAD_USER_INPUT" },
    });
    await expect(resolvers.explorerData(null, { from: "bad" })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
    await expect(resolvers.explorerData(null, {})).resolves.toBe("{}");
  });

  it("says clearly when the server has no visualisation service", async () => {
    const resolvers = createVisualisationResolvers(undefined);
    await expect(resolvers.explorerData(null, {})).rejects.toMatchObject({
      message: expect.stringContaining("explorerData is not available") as unknown,
      extensions: { code: "NOT_IMPLEMENTED" },
    });
    await expect(resolvers.export(null, { format: "GEXF" })).rejects.toMatchObject({
      message: expect.stringContaining("export is not available") as unknown,
    });
  });
});
