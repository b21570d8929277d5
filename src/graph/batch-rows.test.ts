import { describe, expect, it } from "vitest";
import { actor, article, documentOf, event, place, quote } from "../../tests/fixtures/documents/builders.js";
import { planArticleUnits } from "./article-units.js";
import { batchRows } from "./batch-rows.js";

const units = planArticleUnits(
  {
    document: documentOf({
      articles: [article("a"), article("b")],
      actors: [
        actor("biden", ["a", "b"], { aliases: ["Biden"], roles: [{ role: "President", article: "b" }] }),
        actor("kirby", ["a"]),
      ],
      places: [place("washington", ["a"], "us"), place("us", [])],
      events: [
        event("call", ["a", "b"], {
          date: "2023-11",
          datePrecision: "month",
          participants: ["biden"],
          evidence: [],
        }),
      ],
      quotes: [quote("q", "a", { speaker: "kirby", event: "call" })],
    }),
    problems: [],
  },
  "doc.json",
).units;

describe("batchRows", () => {
  const rows = batchRows(units, (id) => (id === "call" ? "stored-call" : id));

  it("writes each node once per batch, with the union of what its articles say", () => {
    expect(rows.actors.map((a) => [a.id, a.roles])).toEqual([
      ["biden", ["President"]],
      ["kirby", []],
    ]);
    expect(rows.places.map((p) => p.id)).toEqual(["washington", "us"]);
    expect(rows.within).toEqual([{ place: "washington", within: "us" }]);
    expect(rows.events).toEqual(["stored-call"]);
  });

  it("keeps one mention row per entity and article, with offsets", () => {
    expect(rows.actorMentions.map((m) => `${m.entity}@${m.article}`)).toEqual([
      "biden@a",
      "kirby@a",
      "biden@b",
    ]);
    expect(rows.actorMentions[2]).toEqual({
      entity: "biden",
      article: "b",
      roles: ["President"],
      sentences: [0],
      starts: [0],
      ends: [4],
    });
    expect(rows.placeMentions.map((m) => m.entity)).toEqual(["washington"]);
  });

  it("writes events to the node they resolved to, with each article's claim, even without evidence", () => {
    expect(rows.reports).toEqual([
      expect.objectContaining({
        event: "stored-call",
        article: "a",
        sentence: null,
        date: "2023-11-01",
        datePrecision: "month",
      }),
      expect.objectContaining({ event: "stored-call", article: "b", sentence: null }),
    ]);
    expect(rows.participations).toEqual([
      { actor: "biden", event: "stored-call", role: "participant", article: "a" },
      { actor: "biden", event: "stored-call", role: "participant", article: "b" },
    ]);
    expect(rows.quotes).toEqual([
      expect.objectContaining({ id: "q", speaker: "kirby", event: "stored-call", article: "a", sentence: 3 }),
    ]);
  });
});
