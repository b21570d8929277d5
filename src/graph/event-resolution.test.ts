import { describe, expect, it } from "vitest";
import { event } from "../../tests/fixtures/documents/builders.js";
import {
  extractedDate,
  happeningOf,
  resolveHappenings,
  type HappeningView,
  type SameHappeningRule,
} from "./event-resolution.js";

const view = (id: string, extra: Partial<HappeningView> = {}): HappeningView => ({
  id,
  type: "call",
  cameo: "040",
  date: "2023-11-06",
  datePrecision: "day",
  participants: ["biden", "netanyahu"],
  places: [],
  reportedOn: null,
  sourceCount: 1,
  ...extra,
});

/** A rule that joins anything sharing a participant; undated events need a unique match. */
const anyShared: SameHappeningRule = {
  searchWindow: () => ({ from: "2023-01-01", to: "2023-12-31" }),
  same: (a, b) => a.participants.some((p) => b.participants.includes(p)),
  needsUniqueMatch: (e) => e.date === null,
};

describe("resolveHappenings", () => {
  it("joins the stored event sharing most participants, then places, then with most sources", () => {
    const candidates = new Map([
      [
        "new",
        [
          view("one-shared", { participants: ["biden"], sourceCount: 9 }),
          view("both-few-sources", { sourceCount: 1 }),
          view("both-many-sources", { sourceCount: 4 }),
        ],
      ],
    ]);
    expect(resolveHappenings([view("new")], candidates, anyShared, new Set())).toEqual(
      new Map([["new", "both-many-sources"]]),
    );
  });

  it("leaves an event without a match to become its own node", () => {
    const candidates = new Map([["new", [view("other", { participants: ["harris"] })]]]);
    expect(resolveHappenings([view("new")], candidates, anyShared, new Set()).size).toBe(0);
  });

  it("never joins two new events to one stored event, nor to one already claimed", () => {
    const stored = view("stored");
    const candidates = new Map([
      ["a", [stored]],
      ["b", [stored]],
    ]);
    expect(resolveHappenings([view("b"), view("a")], candidates, anyShared, new Set())).toEqual(
      new Map([["a", "stored"]]),
    );
    expect(resolveHappenings([view("a")], candidates, anyShared, new Set(["stored"])).size).toBe(0);
  });

  it("joins an undated event only to its one and only match", () => {
    const undated = view("new", { date: null, datePrecision: null });
    const two = new Map([["new", [view("x"), view("y")]]]);
    const one = new Map([["new", [view("x")]]]);
    expect(resolveHappenings([undated], two, anyShared, new Set()).size).toBe(0);
    expect(resolveHappenings([undated], one, anyShared, new Set())).toEqual(new Map([["new", "x"]]));
  });
});

describe("happeningOf", () => {
  it("takes participants from roles and the latest publication day of its articles", () => {
    const published: Record<string, string | null> = { a: "2023-11-06", b: "2023-11-08", c: null };
    const record = event("e", ["a", "b", "c"], {
      participants: ["x"],
      roles: [{ actor: "y", role: "initiator" }],
    });
    expect(happeningOf(record, (id) => published[id] ?? null)).toMatchObject({
      participants: ["y", "x"],
      reportedOn: "2023-11-08",
      sourceCount: 0,
    });
    expect(happeningOf(record, () => null).reportedOn).toBeNull();
  });
});

describe("extractedDate", () => {
  it("turns a stored first day back into the extracted form of its precision", () => {
    expect(extractedDate("2023-11-01", "month")).toBe("2023-11");
    expect(extractedDate("2023-01-01", "year")).toBe("2023");
    expect(extractedDate("2023-11-06", "day")).toBe("2023-11-06");
    expect(extractedDate(null, null)).toBeNull();
  });
});
