import { describe, expect, it } from "vitest";
import type { HappeningView } from "./event-resolution.js";
import { extractionSameHappening as rule } from "./same-happening.js";

const view = (extra: Partial<HappeningView> = {}): HappeningView => ({
  id: "e",
  type: "call",
  cameo: "041",
  date: "2023-11-06",
  datePrecision: "day",
  participants: ["biden", "netanyahu"],
  places: [],
  reportedOn: null,
  sourceCount: 0,
  ...extra,
});

describe("extractionSameHappening", () => {
  it("joins two reports of a consultation on the same day with the same two people", () => {
    expect(rule.same(view(), view({ id: "s", type: "discussion", cameo: "040" }))).toBe(true);
  });

  it("keeps apart different days, kinds and people", () => {
    expect(rule.same(view(), view({ date: "2023-11-05" }))).toBe(false);
    expect(rule.same(view(), view({ type: "visit", cameo: "042" }))).toBe(false);
    expect(rule.same(view(), view({ participants: ["biden", "herzog"] }))).toBe(false);
    expect(rule.same(view(), view({ date: null, datePrecision: null }))).toBe(false);
  });

  it("needs half of the larger cast for other events, and both single for one-person consultations", () => {
    const attack = (participants: string[]) => view({ type: "attack", cameo: "190", participants });
    expect(rule.same(attack(["hamas"]), attack(["hamas", "idf"]))).toBe(true);
    expect(rule.same(attack(["hamas"]), attack(["hamas", "idf", "un"]))).toBe(false);
    expect(rule.same(view({ participants: ["blinken"] }), view({ participants: ["blinken"] }))).toBe(true);
    expect(rule.same(view({ participants: ["blinken"] }), view({ participants: ["blinken", "x"] }))).toBe(
      false,
    );
    expect(rule.same(view({ participants: [] }), view({ participants: [] }))).toBe(false);
  });

  it("searches the event's own day, or the week before an undated event's publication", () => {
    expect(rule.searchWindow(view())).toEqual({ from: "2023-11-06", to: "2023-11-06" });
    const undated = view({ date: null, datePrecision: null, reportedOn: "2023-11-08" });
    expect(rule.searchWindow(undated)).toEqual({ from: "2023-11-01", to: "2023-11-08" });
    expect(rule.same(undated, view({ date: "2023-11-06" }))).toBe(true);
    expect(rule.same(undated, view({ date: "2023-10-31" }))).toBe(false);
    expect(rule.needsUniqueMatch(undated)).toBe(true);
    expect(rule.needsUniqueMatch(view())).toBe(false);
  });

  it("never searches for an undated event it cannot place in time, a bare statement, or a month", () => {
    expect(rule.searchWindow(view({ date: null, datePrecision: null }))).toBeNull();
    expect(
      rule.searchWindow(
        view({ date: null, datePrecision: null, type: "statement", reportedOn: "2023-11-08" }),
      ),
    ).toBeNull();
    expect(rule.searchWindow(view({ date: "2023-11", datePrecision: "month" }))).toBeNull();
  });
});
