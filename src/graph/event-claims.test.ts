import { describe, expect, it } from "vitest";
import { aggregateEventClaims, cameoSpecificity, storedDate, type EventClaim } from "./event-claims.js";

const claim = (article: string, extra: Partial<EventClaim> = {}): EventClaim => ({
  article,
  type: "call",
  cameo: "040",
  date: "2023-11-06",
  datePrecision: "day",
  dateBasis: "inferred",
  summary: `summary ${article}`,
  confidence: 0.5,
  ...extra,
});

describe("aggregateEventClaims", () => {
  it("is null without claims", () => {
    expect(aggregateEventClaims([])).toBeNull();
  });

  it("counts articles, not evidence, and takes the highest confidence", () => {
    const aggregate = aggregateEventClaims([
      claim("a"),
      claim("a", { confidence: 0.9 }),
      claim("b", { confidence: 0.7 }),
    ]);
    expect(aggregate).toMatchObject({ sourceCount: 2, confidence: 0.9 });
  });

  it("prefers the most precise date, then the one most articles give, then the best founded", () => {
    const pick = (claims: EventClaim[]) => {
      const a = aggregateEventClaims(claims);
      return [a?.date, a?.datePrecision, a?.dateBasis];
    };
    expect(pick([claim("a", { date: "2023-11-01", datePrecision: "month" }), claim("b")])).toEqual([
      "2023-11-06",
      "day",
      "inferred",
    ]);
    expect(pick([claim("a", { date: "2023-11-07", dateBasis: "stated" }), claim("b"), claim("c")])).toEqual([
      "2023-11-06",
      "day",
      "inferred",
    ]);
    expect(pick([claim("a", { date: "2023-11-07", dateBasis: "stated" }), claim("b")])).toEqual([
      "2023-11-07",
      "day",
      "stated",
    ]);
    expect(pick([claim("a", { date: null, datePrecision: null, dateBasis: null })])).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("is the same whatever order the claims come in", () => {
    const claims = [
      claim("b", { date: "2023-11-07" }),
      claim("a"),
      claim("c", { cameo: "041", type: "phone call" }),
    ];
    expect(aggregateEventClaims(claims)).toEqual(aggregateEventClaims([...claims].reverse()));
  });

  it("takes type, code and summary from the most specific claim", () => {
    const aggregate = aggregateEventClaims([
      claim("a", { type: "discussion", confidence: 0.9 }),
      claim("b", { type: "call", cameo: "041", confidence: 0.6 }),
    ]);
    expect(aggregate).toMatchObject({ type: "call", cameo: "041", cameoRoot: "04", summary: "summary b" });
  });
});

describe("cameoSpecificity", () => {
  it("ranks none < root < not-specified code < specific code", () => {
    expect([null, "04", "040", "041"].map(cameoSpecificity)).toEqual([0, 1, 2, 3]);
  });
});

describe("storedDate", () => {
  it("stores months and years as their first day", () => {
    expect(storedDate("2023-11-06")).toBe("2023-11-06");
    expect(storedDate("2023-11")).toBe("2023-11-01");
    expect(storedDate("2023")).toBe("2023-01-01");
    expect(storedDate(null)).toBeNull();
  });
});
