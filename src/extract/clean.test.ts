import { describe, expect, it } from "vitest";
import { cleanArticle, isDateLine } from "./clean.js";

const kinds = (text: string): [string, string][] =>
  cleanArticle(text).map((b) => [text.slice(b.start, b.end), b.rule ?? b.kind]);
const ruleOf = (text: string, line: string): string | undefined => kinds(text).find(([t]) => t === line)?.[1];

const paragraph =
  "The two presidents met in Nairobi on Friday and agreed to reopen the border crossing, officials said.";
const second =
  "Traders on both sides welcomed the decision, saying the closure had cost them months of income and goods.";

describe("cleanArticle", () => {
  it("drops comment prompts, related lines, credits and notices, keeping offsets", () => {
    const text = [
      "Border to reopen",
      "",
      paragraph,
      "Photo credit: Jane Doe / Example Images",
      "(Reporting by Ann Smith; Editing by Bob Jones)",
      "Amina Yusuf is a senior correspondent covering East Africa.",
      "Related articles",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "© 2024 Example Media. All rights reserved.",
    ].join("\n");
    const out = kinds(text);
    expect(out[0]).toEqual(["Border to reopen", "title"]);
    expect(out[1]).toEqual([paragraph, "body"]);
    expect(out.slice(2).map(([, rule]) => rule)).toEqual([
      "clean/photo-credit",
      "clean/reporter-credit",
      "clean/author-bio",
      "clean/related",
      "clean/comments",
      "clean/comments",
      "clean/copyright",
    ]);
  });
  it("cuts a reporter credit closing a paragraph", () => {
    const text = `${paragraph} (Reporting by Ann Smith; Editing by Bob Jones)`;
    const blocks = cleanArticle(text);
    expect(blocks.map((b) => b.kind)).toEqual(["body", "boilerplate"]);
    expect(text.slice(blocks[0]?.start, blocks[0]?.end)).toBe(paragraph);
  });
  it("marks short header lines before the story as meta", () => {
    const out = kinds(`Border talks resume\nExample Media Group\nPolitics\n06/11/2023 21h23\n\n${paragraph}`);
    expect(out.map(([, r]) => r)).toEqual([
      "title",
      "clean/header",
      "clean/header",
      "clean/date-line",
      "body",
    ]);
  });
  it("takes a single word above the date lines for the page's section, and the next line for the title", () => {
    const out = kinds(`Africa\n03 MAR 2023, 09:10\nRwanda and Burundi reopen their border\n\n${paragraph}`);
    expect(out.map(([, r]) => r)).toEqual(["clean/header", "clean/date-line", "title", "body"]);
  });
  it("keeps ordinary story lines that merely mention credits or rights", () => {
    const text = `${paragraph}\nBy Tuesday evening, the human rights group had published its report on the crossing.`;
    expect(kinds(text).map(([, r]) => r)).toEqual(["body", "body"]);
  });
  it("recognises date lines but not sentences with dates", () => {
    expect(isDateLine("6:36 AM EST, November 8, 2023")).toBe(true);
    expect(isDateLine("Published: 12/03/2024")).toBe(true);
    expect(isDateLine("Published 9:40 AM GMT+2, August 3, 2023")).toBe(true);
    expect(isDateLine("July 9, 20238:15 AM GMT+2Updated 5 hours ago")).toBe(true);
    expect(isDateLine("14.02.2022 | 09:05 | Ines Moravec")).toBe(true);
    expect(isDateLine("Source: Agency| 2022-02-14 09:05:11|Editor: Li Wen")).toBe(true);
    expect(isDateLine("Lusaka, UPDATED: Feb 14, 2022 09:05 CAT")).toBe(true);
    expect(isDateLine(paragraph)).toBe(false);
    expect(isDateLine("Ministers agree to meet again on March 10, 2024 in Oslo")).toBe(false);
    expect(isDateLine("Updated 3 hours ago")).toBe(false);
  });
});

describe("cleanArticle: photo captions and credits", () => {
  it("drops a whole caption line when its end is an agency credit", () => {
    const gallery =
      "[2/4] Farmers block a road with tractors during a protest near Lyon, France, May 2, 2023. REUTERS/Elodie Marchand Purchase Licensing Rights";
    const file =
      "A worker walks past containers at the port of Valparaiso, Chile, March 1, 2022. REUTERS/Ivan Alvarado/File Photo Purchase Licensing Rights";
    const pti =
      "Minister Ravi Sharma speaks to farmers at a rally in Patna on Sunday. (PTI Photo/Sunil Mehra)";
    const trailing =
      "Flood water covers a road outside the town on Monday morning. Photo: © AFP | Lena Ortiz";
    const spanish = "Vecinos bloquean la carretera en Oruro el lunes. Fotografía: Mateo Rivas Paredes / EFE";
    const german = "Demonstranten vor dem Rathaus in Graz am Montag. Bild: Jonas Huber / APA";
    const tabbed =
      "Rescuers search a collapsed school in Jalalabad, March 3, 2024. REUTERS/Omar Saleh Purchase Licensing Rights, opens new tab";
    for (const caption of [gallery, file, pti, trailing, spanish, german, tabbed]) {
      expect(ruleOf(`Headline here\n\n${caption}\n\n${paragraph}`, caption)).toBe("clean/caption");
    }
  });
  it("takes the line above a credit line for its caption when it is short or marked", () => {
    const marked =
      "Foreign Minister Ines Vidal (R) and her Peruvian counterpart shake hands after the signing ceremony in Quito.";
    const text = `Headline here\n\n${marked}\nPhoto: Marta GIL / AFP\n\n${paragraph}`;
    expect(ruleOf(text, marked)).toBe("clean/caption");
    expect(ruleOf(text, "Photo: Marta GIL / AFP")).toBe("clean/photo-credit");
  });
  it("takes a credit line labelled in another language for a credit", () => {
    for (const credit of [
      "Foto: Mateo Rivas / EFE",
      "Crédito: Mateo Rivas",
      "Crédit photo : Lise Morel / AFP",
    ]) {
      expect(ruleOf(`Headline here\n\n${paragraph}\n${credit}\n${second}`, credit)).toBe(
        "clean/photo-credit",
      );
    }
  });
  it("takes a short line above a bare agency credit for its caption", () => {
    const text = `Headline here\n\n${paragraph}\nDelegates leave the hall\nREUTERS/Mwila Banda\n${second}`;
    expect(ruleOf(text, "Delegates leave the hall")).toBe("clean/caption");
    expect(ruleOf(text, "REUTERS/Mwila Banda")).toBe("clean/caption");
  });
  it("keeps the headline above a credit line and a paragraph above one", () => {
    const text = `Headline about the border\nPhoto: Karl Berg / Example Images\n\n${paragraph}\nPhoto: Karl Berg / Example Images\n${second}`;
    const out = kinds(text);
    expect(out[0]).toEqual(["Headline about the border", "title"]);
    expect(out.filter(([, r]) => r === "body").map(([t]) => t)).toEqual([paragraph, second]);
  });
  it("keeps story lines that mention photos, shares and social networks", () => {
    const lines = [
      "The regulator said on Facebook that trading in the carrier's shares would resume on Monday.",
      "Share prices in Lusaka rose after the announcement.",
      "The ministry later posted a photo of the two delegations on X, saying talks would continue.",
      "A Reuters/Ipsos poll published last week showed most voters backed the deal, and analysts agreed with AP/NORC.",
    ];
    const out = kinds(`Headline here\n\n${paragraph}\n${lines.join("\n")}`);
    for (const line of lines) expect(out.find(([t]) => t === line)?.[1]).not.toMatch(/^clean\//);
  });
});

describe("cleanArticle: page furniture", () => {
  it("drops share buttons, breadcrumbs, related links and newsletter prompts", () => {
    const text = [
      "Home / Americas / Economy",
      "Chile and Peru agree on port fees",
      "Share",
      "Copy Link copied",
      "WhatsApp",
      "Telegram",
      "Comparte: WhatsApp | X | Email",
      paragraph,
      "Also Read | Bolivia to reopen lithium tender after court ruling in Sucre",
      "Related: Ecuador signs fisheries pact with Panama",
      "Sign up for our Andes newsletter to get the week's top stories in your inbox.",
      second,
      "Related stories",
      "Uruguay opens bids for Montevideo port expansion",
      "Paraguay revives river dredging plan with Argentine backing",
    ].join("\n");
    const out = kinds(text);
    expect(out.map(([, r]) => r)).toEqual([
      "clean/breadcrumb",
      "title",
      "clean/share",
      "clean/share",
      "clean/share",
      "clean/share",
      "clean/share",
      "body",
      "clean/related",
      "clean/related",
      "clean/newsletter",
      "body",
      "clean/related",
      "clean/related",
      "clean/related",
    ]);
  });
  it("ends a related list at the next story paragraph", () => {
    const text = `Headline here\n\n${paragraph}\nRead more\nOther headline about ports\n${second}`;
    expect(ruleOf(text, "Other headline about ports")).toBe("clean/related");
    expect(ruleOf(text, second)).toBe("body");
  });
  it("recognises outlet breadcrumbs but not a headline with a section label", () => {
    expect(
      ruleOf(`Nordpost | World | Business\nPort deal signed\n\n${paragraph}`, "Nordpost | World | Business"),
    ).toBe("clean/breadcrumb");
    expect(
      ruleOf(`OPINION | Why the port deal matters\n\n${paragraph}`, "OPINION | Why the port deal matters"),
    ).toBe("title");
  });
  it("drops the topic tags and topic links under their bare heads", () => {
    for (const head of ["Tags", "Explore more on these topics"]) {
      const text = `Headline here\n\n${paragraph}\n${head}\nChile\nPeru\nTrade policy`;
      expect(
        kinds(text)
          .slice(2)
          .map(([, r]) => r),
      ).toEqual(["clean/related", "clean/related", "clean/related", "clean/related"]);
    }
  });
  it("drops a translation notice and an image credit naming a stock site", () => {
    const notice =
      "Translation of an original article published in Spanish; the publisher is liable for that version.";
    const image = "Image by Tomas Lindqvist via Stockpix";
    const text = `Headline here\n${image}\n\n${paragraph}\n${notice}`;
    expect(ruleOf(text, notice)).toBe("clean/disclaimer");
    expect(ruleOf(text, image)).toBe("clean/caption");
  });
  it("drops the trust-principles notice and desk initials", () => {
    const text = `Headline here\n\n${paragraph}\nOur Standards: The Trust Principles.\nab/cd/efg`;
    expect(
      kinds(text)
        .slice(2)
        .map(([, r]) => r),
    ).toEqual(["clean/standards", "clean/initials"]);
  });
});

describe("cleanArticle: bylines and credits", () => {
  it("drops bylines in capitals, with several names, and a bare name beside the date", () => {
    for (const byline of [
      "By LUCIA FERRAND",
      "By Tomas Lindqvist and Ana Beltran",
      "By Inés Soto Vera | Andes desk",
    ]) {
      expect(ruleOf(`Headline here\n${byline}\n\n${paragraph}`, byline)).toBe("clean/byline");
    }
    const text = `Headline here\nOskar Nyberg\n12 May 2023\n\n${paragraph}`;
    expect(ruleOf(text, "Oskar Nyberg")).toBe("clean/byline");
  });
  it("drops contributor, editor and agency-input credits", () => {
    const credits = [
      "Associated Press writer Pilar Ortega in Lima contributed to this report.",
      "Editor: Li Wen",
      "[Editor: Li Wen]",
      "(With inputs from ANI)",
      "--With assistance from Pilar Ortega.",
      "Marta KOVAC with Idris OMAR in Mopti",
    ];
    const out = kinds(`Headline here\n\n${paragraph}\n${credits.join("\n")}`);
    expect(out.slice(2).map(([, r]) => r)).toEqual(credits.map(() => "clean/reporter-credit"));
  });
  it("keeps a heading with a capitalised short word, unlike a name signed in capitals", () => {
    const text = `Headline here\n\n${paragraph}\nVote NO\n${second}`;
    expect(ruleOf(text, "Vote NO")).toBe("heading");
  });
  it("drops a live blog's byline of writers by shift", () => {
    const byline = "Priya Raman (now) and Owen Gallagher (earlier)";
    expect(ruleOf(`Live: port strike updates\n\n${paragraph}\n${byline}\n${second}`, byline)).toBe(
      "clean/byline",
    );
  });
  it("drops the reporters' and editors' contact lines, up to the next paragraph", () => {
    const contact = [
      "To contact the reporter on this story:",
      "Pilar Ortega in Lima at portega@example.net",
      "To contact the editors responsible for this story:",
      "Sam Keller at skeller@example.net",
      "Joan Varga",
    ];
    const text = `Headline here\n\n${paragraph}\n${contact.join("\n")}\n${second}`;
    expect(
      kinds(text)
        .slice(2)
        .map(([, r]) => r),
    ).toEqual([...contact.map(() => "clean/reporter-credit"), "body"]);
  });
  it("drops an author bio closing the story, in its usual wordings, with what follows it", () => {
    const bios = [
      "Ines Moravec is a correspondent covering the Balkans for Nordpost, based in Zagreb.",
      "Ines Moravec reports on energy and trade for Nordpost from Zagreb.",
      "Ines Moravec is Nordpost's correspondent in Zagreb.",
      "Ines Moravec covers Balkan politics from Zagreb and Sarajevo.",
    ];
    for (const bio of bios) {
      const text = `Headline here\n\n${paragraph}\n${second}\n${bio}\nShe previously reported from Sarajevo.`;
      expect(
        kinds(text)
          .slice(3)
          .map(([, r]) => r),
      ).toEqual(["clean/author-bio", "clean/author-bio"]);
    }
  });
  it("keeps a story paragraph that says someone covers something from somewhere", () => {
    const line =
      "The insurer covers the repairs from its reserve fund, the company said in a short statement.";
    const text = `Headline here\n\n${paragraph}\n${line}\n${second}`;
    expect(ruleOf(text, line)).toBe("body");
  });
  it("keeps a story paragraph that says someone is a journalist", () => {
    const line =
      "Ines Moravec is a journalist who was detained at the border last year and released after three weeks.";
    const text = `Headline here\n\n${paragraph}\n${line}\n${second}`;
    expect(ruleOf(text, line)).toBe("body");
  });
});

describe("cleanArticle: comment forms", () => {
  it("drops a comment form and everything under it", () => {
    const text = [
      "Headline here",
      paragraph,
      "Leave a Reply",
      "Comment *",
      "Name *",
      "Email *",
      "Website",
      "Save my name, email, and website in this browser for the next time I comment.",
      "Jorge Salas says: the minister from Cusco should resign over the border deal, everyone knows it.",
    ].join("\n");
    expect(
      new Set(
        kinds(text)
          .slice(2)
          .map(([, r]) => r),
      ),
    ).toEqual(new Set(["clean/comments"]));
  });
  it("drops what follows a comment count or a call to join the conversation", () => {
    for (const head of ["Comments (4)", "Comments: 0", "Join the conversation", "WHAT DO YOU THINK?"]) {
      const text = `Headline here\n\n${paragraph}\n${second}\n${head}\nPlease register or log in to comment.`;
      expect(
        kinds(text)
          .slice(3)
          .map(([, r]) => r),
      ).toEqual(["clean/comments", "clean/comments"]);
    }
  });
  it("keeps story paragraphs that open with the word comments", () => {
    const lines = [
      "Comments by the minister on Tuesday angered the opposition, which called for a vote in parliament.",
      "12 comments were submitted during the consultation, most of them from farmers in the southern region.",
    ];
    const out = kinds(`Headline here\n\n${paragraph}\n${lines.join("\n")}\n${second}`);
    expect(out.slice(1).map(([, r]) => r)).toEqual(["body", "body", "body", "body"]);
  });
});
