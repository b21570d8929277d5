import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./pipeline.js";
import { articleOf } from "./test-support.js";

/** "type participants @places" of each event, in the order found. */
function located(text: string, published: string | null = "2024-05-09"): string[] {
  const a = analyzeArticle(articleOf(text, published));
  const name = (key: string): string => a.entities.get(key)?.name ?? key;
  return a.events.map(
    (e) => `${e.type} ${e.participants.map((p) => name(p.key)).join("+")} @${e.places.map(name).join("+")}`,
  );
}

describe("locateEvents", () => {
  it("locates an event at a place its sentence names outside its clause", () => {
    expect(
      located(
        "Chinese President Xi Jinping held a phone call on Tuesday with French President Emmanuel Macron, while aid convoys waited near Rafah.",
      ),
    ).toContain("call Xi Jinping+Emmanuel Macron @Rafah");
  });
  it("takes at most two places, nearest to the trigger first", () => {
    expect(
      located(
        "Chinese President Xi Jinping held a phone call with French President Emmanuel Macron on Tuesday, while storms hit Lyon, Marseille and Nice.",
      ),
    ).toContain("call Xi Jinping+Emmanuel Macron @Lyon+Marseille");
  });
  it("adds no place when the sentence names none, and never a country", () => {
    expect(
      located(
        "Chinese President Xi Jinping held a phone call on Tuesday with French President Emmanuel Macron.",
      ),
    ).toEqual(["call Xi Jinping+Emmanuel Macron @"]);
  });
  it("keeps the place the event's own clause gives it", () => {
    expect(
      located(
        "Indian Prime Minister Narendra Modi met Sri Lankan President Ranil Wickremesinghe in New Delhi on Friday, while floods hit Colombo.",
      ),
    ).toContain("meeting Narendra Modi+Ranil Wickremesinghe @New Delhi");
  });
  it("does not locate an event at the dateline city", () => {
    expect(
      located(
        "Paris, May 7 (Reuters) - Chinese President Xi Jinping held a phone call with French President Emmanuel Macron on Tuesday.",
      ),
    ).toEqual(["call Xi Jinping+Emmanuel Macron @"]);
  });
  it("uses the dateline city when the sentence names it again", () => {
    expect(
      located(
        "Paris, May 7 (Reuters) - Chinese President Xi Jinping held a phone call with French President Emmanuel Macron on Tuesday, while protesters marched in Paris.",
      ),
    ).toContain("call Xi Jinping+Emmanuel Macron @Paris");
  });
  it("locates a statement at the place its quoted words name when the sentence names no other", () => {
    expect(
      located('Spokesperson John Kirby stated on Tuesday that "a reoccupation of Gaza would be a mistake."'),
    ).toContain("statement John Kirby @Gaza Strip");
  });
  it("prefers a place outside the quotation for a statement", () => {
    expect(
      located('Speaking in Cairo on Tuesday, spokesperson John Kirby said: "Gaza needs far more aid."'),
    ).toContain("statement John Kirby @Cairo");
  });
  it("does not locate other events at a quoted place", () => {
    expect(
      located(
        'Chinese President Xi Jinping held a phone call with French President Emmanuel Macron on Tuesday about "pauses in Gaza".',
      ),
    ).toContain("call Xi Jinping+Emmanuel Macron @");
  });
});
