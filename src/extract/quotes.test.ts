import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./pipeline.js";
import { articleOf } from "./test-support.js";

function quotes(text: string, published: string | null = null): [string, string | null, string | null][] {
  const a = analyzeArticle(articleOf(text, published));
  return a.quotes.map((q) => [
    q.text,
    q.speaker === null ? null : (a.entities.get(q.speaker)?.name ?? null),
    q.date?.value ?? null,
  ]);
}

describe("findQuotes", () => {
  it("attributes X said / said X / X said: and split quotes; one dated day frames the rest", () => {
    const text = [
      'Mexican President Claudia Sheinbaum said: "We will not accept new tariffs on our exports."',
      '"Dialogue is the only way forward," said the spokesperson of the EU, Peter Stano. "We remain open to talks."',
      '"The border stays open for trade," Sheinbaum told reporters on Tuesday.',
    ].join("\n\n");
    expect(quotes(text, "2025-02-06")).toEqual([
      ["We will not accept new tariffs on our exports.", "Claudia Sheinbaum", "2025-02-04"],
      ["Dialogue is the only way forward,", "Peter Stano", "2025-02-04"],
      ["We remain open to talks.", "Peter Stano", "2025-02-04"],
      ["The border stays open for trade,", "Claudia Sheinbaum", "2025-02-04"],
    ]);
  });
  it("resolves pronouns and continuation paragraphs", () => {
    const text = [
      "Finance Minister Enoch Godongwana presented the budget to parliament in Cape Town on Wednesday afternoon.",
      'He said: "This budget protects the poorest households in the country."',
      '"We have no room for new borrowing this year."',
    ].join("\n\n");
    expect(quotes(text).map(([, s]) => s)).toEqual(["Enoch Godongwana", "Enoch Godongwana"]);
  });
  it("keeps short scare quotes out of the quotes", () => {
    expect(
      quotes('Officials described the plan as "very ambitious" and "a first step" on Monday in Lima.'),
    ).toEqual([]);
  });
  it("does not invent a speaker", () => {
    expect(quotes('"Nobody knows what happens next in the talks about the future."')).toEqual([
      ["Nobody knows what happens next in the talks about the future.", null, null],
    ]);
  });
  it("gives 'the statement said' to whoever issued it, and reads long appositives before the verb", () => {
    const text = [
      "The Ghanaian presidency said in a statement late on Tuesday that the two leaders had agreed on a joint border force.",
      '"The president stressed that the security of the Gulf of Guinea is a shared task," the statement said.',
      "Also on Tuesday, Accra opened talks with Lome on fishing rights.",
      '"These measures cut off the money that pays for the raids," Ghana\'s minister for fisheries, Ama Boateng, said in a statement.',
    ].join("\n\n");
    const found = quotes(text, "2025-02-06");
    expect(found[0]?.[1]).toMatch(/Ghana/);
    expect(found[0]?.[2]).toBe("2025-02-04");
    expect(found[1]?.[1]).toBe("Ama Boateng");
  });
  it("knows 'the Kenyan leader' as the last Kenyan named with a leader's role, and no one else", () => {
    const text = [
      "Kenyan President David Kiprono arrived in New Delhi on Wednesday for a three-day state visit to India.",
      '"Access is not a base, and our ports will serve everyone," the Kenyan leader said.',
      '"We want more trade with every partner we have," the Nigerian leader said.',
    ].join("\n\n");
    expect(quotes(text, "2024-09-26").map((q) => q[1])).toEqual(["David Kiprono", null]);
  });
  it("splits a name glued to its verb, and gives 'the bank said' to the bank the story named", () => {
    const text = [
      "Finance Minister Sipho Ndlovu met the governor of the National Bank of Lesotho on Monday.",
      '"The peace is not only a document, it is the people who come home," Ndlovustated to journalists.',
      '"Rates will stay high until prices are stable again," the bank said in a statement.',
    ].join("\n\n");
    const speakers = quotes(text, "2025-02-06").map((q) => q[1]);
    expect(speakers[0]).toBe("Sipho Ndlovu");
    expect(speakers[1]).toMatch(/\bBank of Lesotho$/);
  });
  it("reads paragraphs quoted without marks after 'X said:', and stops at the story's own voice", () => {
    const text = [
      "New Zealand's trade minister, Aroha Ngata, met her Chilean counterpart in Santiago on Tuesday.",
      "Speaking after the meeting, Ngata said:",
      "We have agreed to open our markets to each other's farmers within two years.",
      "Our exporters have waited a long time for this, and I am glad we got here.",
      "The agreement still needs the approval of both parliaments, which could take months.",
    ].join("\n\n");
    expect(quotes(text, "2025-02-06")).toEqual([
      [
        "We have agreed to open our markets to each other's farmers within two years.",
        "Aroha Ngata",
        "2025-02-04",
      ],
      [
        "Our exporters have waited a long time for this, and I am glad we got here.",
        "Aroha Ngata",
        "2025-02-04",
      ],
    ]);
  });
  it("gives 'she said' to the subject of the sentence before, not to the last person it named", () => {
    const text = [
      "Canadian Foreign Minister Julie Tremblay, who spoke by telephone on Monday with her Mexican counterpart Ramon Ortega, welcomed the release.",
      '"This is a day of enormous relief for the family," she said in a statement.',
    ].join("\n\n");
    expect(quotes(text, "2024-10-15").map((q) => q[1])).toEqual(["Julie Tremblay"]);
  });
  it("dates a statement by the time right after its verb before one earlier in the clause", () => {
    const text = [
      'Ortega, who flew home to Monterrey on Thursday, told a radio station this morning he was "overwhelmed".',
      '"I walked out of that prison with one bag and a lot of debts to people I never met," he said.',
    ].join("\n\n");
    expect(quotes(text, "2024-10-22").map((q) => q[2])).toEqual(["2024-10-22"]);
  });
  it("dates quotes after 'Speaking to reporters … on Monday, X thanked…'", () => {
    const text = [
      "Freed aid worker Marta Kowalczyk arrived in Warsaw late on Sunday after a year in detention.",
      'Speaking to reporters at the foreign ministry in Warsaw on Monday, Kowalczyk thanked the government. "I am tired, and I am very grateful," she said.',
    ].join("\n\n");
    expect(quotes(text, "2024-10-15")).toEqual([
      ["I am tired, and I am very grateful,", "Marta Kowalczyk", "2024-10-14"],
    ]);
  });
  it("finds 'the president' at a sentence start, and reads no 'US officials' paragraph as a quote", () => {
    const text = [
      "Kenyan President David Kiprono arrived in New Delhi on Wednesday for a state visit.",
      '"Our ports will serve everyone who trades fairly with us," the president said.',
      "Speaking after the talks, Kiprono said:",
      "US officials declined to comment on the agreement, which still needs the approval of parliament.",
    ].join("\n\n");
    expect(quotes(text, "2024-09-26").map((q) => q[1])).toEqual(["David Kiprono"]);
  });
});
