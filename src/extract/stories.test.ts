import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./pipeline.js";
import { articleOf } from "./test-support.js";

describe("generalisation cases", () => {
  const analyse = (text: string, published: string | null = null) => {
    const a = analyzeArticle(articleOf(text, published));
    const name = (key: string): string => a.entities.get(key)?.name ?? key;
    return {
      entities: [...a.entities.values()].map((e) => `${e.kind}:${e.name}`),
      events: a.events.map((e) => ({
        type: e.type,
        cameo: e.cameo,
        who: e.participants.map((p) => name(p.key)),
        where: e.places.map(name),
        date: e.date?.value ?? null,
      })),
    };
  };
  it("a demonym shared with a dependency names the sovereign state", () => {
    const { entities } = analyse(
      "French President Anne Laval and American diplomats met British and Dutch officials.",
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        "country:France",
        "country:United States",
        "country:United Kingdom",
        "country:Netherlands",
      ]),
    );
    expect(entities.join(" ")).not.toMatch(/Southern|Samoa|Mariana|Caribbean/);
  });
  it("'the two leaders' are the people just named; a palace is a place, never an actor", () => {
    const { entities, events } = analyse(
      "Italian Prime Minister Marco Ferri and Spanish President Lucia Ortega agreed on a plan, after the two leaders met at the Quirinal Palace.",
    );
    expect(entities).toContain("place:Quirinal Palace");
    expect(entities.some((e) => e.startsWith("organization:") && e.includes("Palace"))).toBe(false);
    expect(events.find((e) => e.type === "meeting")).toMatchObject({
      who: ["Marco Ferri", "Lucia Ortega"],
      where: ["Quirinal Palace"],
    });
  });
  it("a reporting clause adds a statement beside the aid delivery it reports", () => {
    const { events } = analyse(
      "The World Food Programme delivered 300 tonnes of food aid to flood-hit Garissa on Thursday, the agency said.",
      "2024-05-03",
    );
    expect(events.find((e) => e.cameo === "073")).toMatchObject({
      who: ["World Food Programme"],
      where: ["Garissa"],
      date: "2024-05-02",
    });
    expect(events.some((e) => e.type === "statement")).toBe(true);
  });
  it("reads small towns only after a place cue, never a person's name", () => {
    const { entities } = analyse("Garissa is quiet. Officials spoke to Ruto about the floods.");
    expect(entities.filter((e) => e.startsWith("place:"))).toEqual([]);
  });
});
