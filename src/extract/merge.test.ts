import { describe, expect, it } from "vitest";
import { extractArticles } from "./index.js";
import { articleOf } from "./test-support.js";

const dated = articleOf(
  "Kenyan President William Ruto held a phone call on Monday with Tanzanian President Samia Suluhu Hassan. Government spokesman Isaac Mwaura said the call ended with a deal to reopen the border.",
  "2024-03-06",
  "dated.txt",
);
const undatedSameCall = articleOf(
  "President Ruto used his first conversation with Samia Suluhu Hassan in a month to discuss the border. Isaac Mwaura, referring to the conversation between the two leaders, said trade would resume.",
  null,
  "undated-same.txt",
);
const undatedOtherCall = articleOf(
  "The presidency disclosed on Sunday that President William Ruto spoke with President Samia Suluhu Hassan by phone about the election dispute.",
  null,
  "undated-other.txt",
);

function callsBySource(sources: string[]): Map<string, string> {
  const articles = [dated, undatedSameCall, undatedOtherCall].filter((a) => sources.includes(a.source));
  const doc = extractArticles(articles);
  const bySource = new Map<string, string>();
  for (const e of doc.events.filter((x) => x.cameo?.startsWith("04"))) {
    for (const id of e.articles) {
      const src = doc.articles.find((a) => a.id === id)?.source ?? "";
      bySource.set(src, `${e.id}@${e.date ?? "undated"}`);
    }
  }
  return bySource;
}

describe("mergeArticles", () => {
  it("joins an undated report to the dated call when a third person links them", () => {
    const calls = callsBySource(["dated.txt", "undated-same.txt"]);
    expect(calls.get("undated-same.txt")).toBe(calls.get("dated.txt"));
    expect(calls.get("dated.txt")).toMatch(/@2024-03-04$/);
  });
  it("keeps apart a call reported on a weekday the dated call cannot match", () => {
    const calls = callsBySource(["dated.txt", "undated-same.txt", "undated-other.txt"]);
    expect(calls.get("undated-other.txt")).not.toBe(calls.get("dated.txt"));
    expect(calls.get("undated-other.txt")).toMatch(/@undated$/);
  });
  it("merges one person across articles under the full name and stays deterministic", () => {
    const a = extractArticles([dated, undatedSameCall]);
    const b = extractArticles([dated, undatedSameCall]);
    const ruto = a.actors.filter((x) => x.name === "William Ruto");
    expect(ruto).toHaveLength(1);
    expect(ruto[0]?.articles).toHaveLength(2);
    expect(a.actors.map((x) => x.id)).toEqual(b.actors.map((x) => x.id));
    expect(a.events.map((x) => x.id)).toEqual(b.events.map((x) => x.id));
  });
});

describe("mergeArticles with reports that give only the week", () => {
  const interview = (text: string, published: string, source: string) => articleOf(text, published, source);
  it("joins an interview 'last week' to the one another outlet dates to the day, and dates its quote with it", () => {
    const doc = extractArticles([
      interview(
        'Ghanaian President Kofi Mensah gave an interview to Al Jazeera broadcast on Wednesday evening. "Our ports will serve everyone who trades fairly," he said.',
        "2024-09-26",
        "day.txt",
      ),
      interview(
        'In an interview with Al Jazeera last week, Ghanaian President Kofi Mensah said the ports "will serve everyone who trades fairly with us".',
        "2024-09-30",
        "week.txt",
      ),
    ]);
    const interviews = doc.events.filter((e) => e.type === "interview");
    expect(interviews).toHaveLength(1);
    expect(interviews[0]?.date).toBe("2024-09-25");
    expect(interviews[0]?.articles).toHaveLength(2);
  });
});

describe("mergeArticles with 'last week' reaching back more than seven days", () => {
  it("joins a call 'last week' to the one dated eight days before publication, between counterparts", () => {
    const doc = extractArticles([
      articleOf(
        "Chilean Foreign Minister Tomas Rojas spoke by telephone on Monday with his Peruvian counterpart, Elena Quiroz, about the border.",
        "2024-10-15",
        "monday.txt",
      ),
      articleOf(
        "Chilean Foreign Minister Tomas Rojas met his Peruvian counterpart, Elena Quiroz, in Lima on Tuesday. The two ministers first spoke about the border by phone last week.",
        "2024-10-22",
        "week.txt",
      ),
    ]);
    const calls = doc.events.filter((e) => e.type === "call");
    expect(calls.map((c) => [c.date, c.articles.length])).toEqual([["2024-10-14", 2]]);
  });
});
