import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticles, readInputs } from "./index.js";
import { analyzeArticle } from "./pipeline.js";
import { articleOf } from "./test-support.js";

const stories = join(import.meta.dirname, "../../tests/fixtures/articles/stories");

/** Hand-written articles on other topics and regions than the seeds, with negative cases. */
describe("extraction of articles from other regions and topics", async () => {
  const { articles } = await readInputs([stories]);
  const doc = extractArticles(articles);
  const article = (name: string) => doc.articles.find((a) => a.source.includes(name));
  const idOf = (name: string): string => article(name)?.id ?? "";
  const names = new Map([...doc.actors, ...doc.places].map((x) => [x.id, x.name]));
  const actorsOf = (name: string): string[] =>
    doc.actors.filter((x) => x.articles.includes(idOf(name))).map((x) => x.name);
  const placesOf = (name: string): string[] =>
    doc.places.filter((x) => x.articles.includes(idOf(name))).map((x) => x.name);
  const eventsOf = (name: string) =>
    doc.events
      .filter((e) => e.articles.includes(idOf(name)))
      .map((e) => ({
        ...e,
        who: e.participants.map((p) => names.get(p)),
        where: e.places.map((p) => names.get(p)),
      }));
  const quotesOf = (name: string) =>
    doc.quotes
      .filter((q) => q.article === idOf(name))
      .map((q) => ({ ...q, who: names.get(q.speaker ?? "") }));

  it("UK reshuffle: single quotes, two Clarkes kept apart, scare quotes and boilerplate left out", () => {
    const actors = actorsOf("uk-reshuffle");
    expect(actors).toEqual(
      expect.arrayContaining([
        "Helen Marsh",
        "David Clarke",
        "Ruth Clarke",
        "Sean Byrne",
        "Tom Ashworth",
        "Ireland",
      ]),
    );
    expect(actors.join(" ")).not.toMatch(/Example Gazette|Copyright/);
    const quotes = quotesOf("uk-reshuffle");
    expect(quotes.map((q) => [q.who, q.text.slice(0, 20)])).toEqual([
      ["Helen Marsh", "The government needs"],
      ["David Clarke", "I have served this c"],
    ]);
    expect(quotes.some((q) => /disappointed|chaos/.test(q.text))).toBe(false);
    const meeting = eventsOf("uk-reshuffle").find((e) => e.type === "meeting");
    expect(meeting?.who).toEqual(["Ruth Clarke", "Sean Byrne"]);
    expect(meeting?.where).toEqual(["Dublin"]);
  });
  it("an undated article keeps 'on Monday', 'last week' and 'at the weekend' unresolved", () => {
    expect(article("uk-reshuffle")?.publishedAt).toBeNull();
    expect(eventsOf("uk-reshuffle").every((e) => e.date === null)).toBe(true);
    expect(quotesOf("uk-reshuffle").every((q) => q.date === null)).toBe(true);
  });
  it("Sudan truce: the army and the RSF agree, the army accuses, WFP delivers food to a small town", () => {
    expect(actorsOf("sudan-truce")).toEqual(
      expect.arrayContaining([
        "Sudanese military",
        "Rapid Support Forces",
        "World Food Programme",
        "Leni Kinzli",
      ]),
    );
    expect(placesOf("sudan-truce")).toEqual(expect.arrayContaining(["El Fasher", "Tawila"]));
    const events = eventsOf("sudan-truce");
    const truce = events.find((e) => e.type === "truce");
    expect(truce?.who.sort()).toEqual(["Rapid Support Forces", "Sudanese military"]);
    expect(truce?.date).toBe("2024-06-13");
    expect(events.find((e) => e.type === "accusation")?.who[0]).toBe("Sudanese military");
    const aid = events.find((e) => e.cameo === "073");
    expect([aid?.who, aid?.where, aid?.date]).toEqual([["World Food Programme"], ["Tawila"], "2024-06-11"]);
    // The reporting clause adds a statement; it does not replace the delivery.
    expect(events.some((e) => e.type === "statement" && e.who[0] === "World Food Programme")).toBe(true);
    expect(events.some((e) => e.type === "pledge")).toBe(false);
    expect(quotesOf("sudan-truce").map((q) => q.who)).toEqual(["Rapid Support Forces"]);
    expect(placesOf("sudan-truce").join(" ")).not.toMatch(/Photo|Staff/);
  });
  it("India monsoon: towns named after a place cue, a call and the two leaders' agreement", () => {
    expect(placesOf("india-monsoon")).toEqual(expect.arrayContaining(["Barpeta", "Kharupetia"]));
    expect(actorsOf("india-monsoon").join(" ")).not.toMatch(/Related|Nepal|Follow/);
    const events = eventsOf("india-monsoon");
    expect(events.find((e) => e.type === "call")).toMatchObject({
      who: ["Ravi Menon", "Farida Haque"],
      date: "2024-07-07",
    });
    expect(events.find((e) => e.type === "pledge")?.who).toEqual(["Ravi Menon", "Farida Haque"]);
    expect(events.find((e) => e.cameo === "073")).toMatchObject({ where: ["Barpeta"], date: "2024-07-09" });
    expect(quotesOf("india-monsoon").map((q) => q.who)).toEqual(["Vikram Rao", "Vikram Rao"]);
  });
  it("Australia-China talks: demonyms name the states, a hotel is a place, portfolio titles are stripped", () => {
    expect(actorsOf("australia-china").sort()).toEqual(["Australia", "China", "Li Wen", "Mark Fellows"]);
    expect(placesOf("australia-china")).toContain("Shangri-La Hotel");
    expect(doc.places.find((p) => p.name === "Shangri-La Hotel")?.kind).toBe("landmark");
    const meeting = eventsOf("australia-china").find((e) => e.type === "meeting");
    expect(meeting).toMatchObject({
      who: ["Mark Fellows", "Li Wen"],
      where: ["Beijing"],
      date: "2024-11-22",
    });
    const quotes = quotesOf("australia-china");
    expect(quotes.map((q) => [q.who, q.date])).toEqual([
      ["Mark Fellows", null],
      ["Li Wen", "2024-11-23"],
    ]);
    expect(quotes.some((q) => q.text === "deepen cooperation")).toBe(false);
  });
});

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
