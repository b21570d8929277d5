import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { findDateline, findPublicationDate } from "./publication-date.js";

const dateOf = (text: string): string | null =>
  findPublicationDate(text, cleanArticle(text))?.date.value ?? null;
const story =
  "The foreign ministers met for three hours and agreed to resume the talks next month in the capital, officials said.";
const more =
  "Both delegations said the next round would focus on grazing rights and the return of displaced families, diplomats said.";

describe("findPublicationDate", () => {
  it("reads a day-first numeric header line", () => {
    expect(dateOf(`Ministers meet in Nairobi\nThe Daily Record\n06/11/2023 21h23\n\n${story}`)).toBe(
      "2023-11-06",
    );
  });
  it("prefers the month-first reading when the dateline confirms it", () => {
    expect(dateOf(`Headline here\n11/06/2023\n\nNAIROBI, Nov 6 (Reuters) - ${story}`)).toBe("2023-11-06");
  });
  it("reads a time-and-date header line", () => {
    expect(dateOf(`Headline\n\n6:36 AM EST, November 8, 2023\n\n${story}`)).toBe("2023-11-08");
  });
  it("reads a dateline with its year", () => {
    expect(dateOf(`KYIV, Ukraine, March 3, 2024 (AP) — ${story}`)).toBe("2024-03-03");
  });
  it("leaves an article undated when a dateline has no year", () => {
    expect(dateOf(`LONDON, April 29. /TASS/. ${story}`)).toBeNull();
  });
  it("does not take a date in the story for the publication date", () => {
    expect(
      dateOf(`${story} The attack on October 7, 2023 killed 1,200 people in southern areas, the army said.`),
    ).toBeNull();
  });
});

describe("findPublicationDate: header date lines", () => {
  const header = (line: string, lead = story): string | null =>
    dateOf(`Talks resume in Lusaka\n\nBy Tomas Lindqvist\n\n${line}\n\n${lead}\n\n${more}`);
  it("reads a date followed by its time and an update note", () => {
    expect(header("August 3, 2023 9:40 AM GMT+2 Updated 4 hours ago")).toBe("2023-08-03");
  });
  it("reads a date after a time and a Published label", () => {
    expect(header("Published 10:05 AM GMT+8, July 21, 2022")).toBe("2022-07-21");
  });
  it("reads a day-first dotted date between a time and an author", () => {
    expect(header("14.02.2022 | 09:05 | Ines Moravec")).toBe("2022-02-14");
  });
  it("separates a year glued to the time after it", () => {
    expect(header("July 9, 20238:15 AM GMT+2Updated 5 hours ago")).toBe("2023-07-09");
  });
  it("reads an ISO date in an agency source line", () => {
    const text = `Talks resume in Lusaka\n\nSource: Agency| 2022-02-14 09:05:11|Editor: Li Wen\n\nLUSAKA, February 14. /AGENCY/. ${story}`;
    expect(dateOf(text)).toBe("2022-02-14");
  });
  it("reads an Updated date when it is the only one", () => {
    expect(header("Lusaka, UPDATED: Feb 14, 2022 09:05 CAT")).toBe("2022-02-14");
  });
  it("prefers the Published date over the Modified one", () => {
    expect(header("Modified: 21/11/2022 - 08:10\nPublished on: 20/11/2022 - 19:05")).toBe("2022-11-20");
  });
  it("reads a date line set right above a captioned picture", () => {
    const caption = "Smoke rises over the depot on Sunday morning. Photo: © AFP | Lena Ortiz";
    expect(
      dateOf(
        `Analysis | Depot fire tests the truce\n\nKarin Holt\n12 October 2022\n\n${caption}\n\n${story}`,
      ),
    ).toBe("2022-10-12");
  });
  it("reads a live blog's date lines under its standfirst and its writers by shift", () => {
    const standfirst =
      "Ministers agree to reopen the crossing; traders say they have lost months of income. Follow the day's news live";
    const text = `Live: Lusaka talks\n\n${standfirst}\n\nPriya Raman (now) and Owen Gallagher (earlier)\nWed 8 Mar 2023 21.10 CAT\nFirst published on Wed 8 Mar 2023 07.02 CAT\n\n${story}`;
    expect(dateOf(text)).toBe("2023-03-08");
  });
  it("reads a date line set under the lead paragraph and its picture", () => {
    const text = `Talks resume in Lusaka\n\n${story}\nDelegates at the talks\nPhoto credit: Example Images\n\n2:10 PM CAT, May 5, 2022\n\n${more}`;
    expect(dateOf(text)).toBe("2022-05-05");
  });
});

describe("findPublicationDate: datelines and lines that are not the header", () => {
  it("gives a year-less dateline the header's year", () => {
    expect(header2("May 5, 2022 2:10 PM GMT+2 Updated 2 hours ago", "LUSAKA, May 5 (Reuters) - ")).toBe(
      "2022-05-05",
    );
  });
  it("lets the dateline's day stand when an update came later", () => {
    expect(header2("Updated 8:00 AM GMT, January 2, 2023", "GENEVA, Dec 31 (Reuters) - ")).toBe("2022-12-31");
  });
  it("never dates from a photo caption", () => {
    const caption =
      "Delegates arrive for the talks at the conference centre in Lusaka, Zambia, June 4, 2021. REUTERS/Mwila Banda/File Photo Purchase Licensing Rights";
    expect(dateOf(`Talks resume in Lusaka\n\n${caption}\n\nLUSAKA, Sept 18 (Reuters) - ${story}`)).toBeNull();
    expect(dateOf(`Talks resume in Lusaka\n\n${caption}\n\n${story}`)).toBeNull();
  });
  it("does not date the article from its headline", () => {
    expect(dateOf(`Ministers to meet on March 10, 2024 in Oslo\n\n${story}`)).toBeNull();
    expect(
      dateOf(`Ministers to meet on March 10, 2024 in Oslo\nPublished 9:00 AM CET, March 2, 2024\n\n${story}`),
    ).toBe("2024-03-02");
  });
  it("does not date from related headlines or dates deeper in the story", () => {
    const text = `Talks resume in Lusaka\n\nRelated: Summit set for June 1, 2022 in Harare\n\n${story}\n\n${more}\n\nMay 5, 2022\n`;
    expect(dateOf(text)).toBeNull();
  });
});

function header2(line: string, dateline: string): string | null {
  return dateOf(`Talks resume in Lusaka\n\n${line}\n\n${dateline}${story}\n\n${more}`);
}

describe("findDateline", () => {
  const datelineOf = (text: string): string | null => {
    const span = findDateline(text, cleanArticle(text));
    return span ? text.slice(span.start, span.end) : null;
  };
  it("spans the place and date opening the story", () => {
    expect(datelineOf(`Headline here\n\nNAIROBI, Nov 6 (Reuters) - ${story}`)).toBe("NAIROBI, Nov 6 (");
  });
  it("finds none in a story that opens without one", () => {
    expect(datelineOf(`Headline here\n\n${story}`)).toBeNull();
  });
  it("skips a photo caption above the story", () => {
    const caption =
      "[1/2] Delegates arrive for the talks in Lusaka, Zambia. REUTERS/Mwila Banda Purchase Licensing Rights";
    expect(datelineOf(`Headline here\n\n${caption}\n\nLUSAKA, May 5 (Reuters) - ${story}`)).toBe(
      "LUSAKA, May 5 (",
    );
  });
});
