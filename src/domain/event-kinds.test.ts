import { describe, expect, it } from "vitest";
import { EVENT_KINDS, kindOf, STATEMENT_KIND } from "./event-kinds.js";

describe("the table of event kinds", () => {
  const types = EVENT_KINDS.map((k) => k.type);

  it("has one entry per kind, the statement among them", () => {
    expect(new Set(types).size).toBe(types.length);
    expect(kindOf("statement")).toBe(STATEMENT_KIND);
    expect(kindOf("no such kind")).toBeUndefined();
  });

  it("names each back-reference noun first for one kind only", () => {
    const first = EVENT_KINDS.flatMap((k) => k.referredToAs ?? []);
    expect(new Set(first).size).toBe(first.length);
    const orphans = EVENT_KINDS.flatMap((k) => k.alsoMeantBy ?? []).filter((noun) => !first.includes(noun));
    expect(orphans).toEqual([]);
  });

  it("ranks every consultation and refers only to kinds it defines", () => {
    const unranked = EVENT_KINDS.filter((k) => k.family === "consult" && k.consultRank === undefined);
    expect(unranked).toEqual([]);
    const named = EVENT_KINDS.flatMap((k) => [...(k.partOf ?? []), ...(k.merge?.refines ?? [])]);
    expect(named.filter((type) => !types.includes(type))).toEqual([]);
  });
});
