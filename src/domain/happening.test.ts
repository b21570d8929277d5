import { describe, expect, it } from "vitest";
import { sameKindOfHappening, shareCoreParticipants } from "./happening.js";

const call = { type: "call", cameo: "041" };
const meeting = { type: "meeting", cameo: "043" };
const discussion = { type: "discussion", cameo: "040" };
const attack = { type: "attack", cameo: "190" };

describe("sameKindOfHappening", () => {
  it("joins equal types, two kinds of speech, and a generic consultation with a specific one", () => {
    expect(sameKindOfHappening(call, call)).toBe(true);
    expect(sameKindOfHappening({ type: "statement", cameo: "010" }, { type: "briefing", cameo: "010" })).toBe(
      true,
    );
    expect(sameKindOfHappening(discussion, call)).toBe(true);
    expect(sameKindOfHappening(meeting, discussion)).toBe(true);
  });

  it("keeps a call apart from a meeting, and a consultation apart from an attack", () => {
    expect(sameKindOfHappening(call, meeting)).toBe(false);
    expect(sameKindOfHappening(discussion, attack)).toBe(false);
  });
});

describe("shareCoreParticipants", () => {
  const set = (...ids: string[]) => new Set(ids);

  it("needs both parties of a consultation", () => {
    expect(shareCoreParticipants(call, set("a", "b"), set("a", "b", "c"))).toBe(true);
    expect(shareCoreParticipants(call, set("a", "b"), set("a", "c"))).toBe(false);
    expect(shareCoreParticipants(call, set("a"), set("a"))).toBe(true);
  });

  it("needs half of the larger set for other events, and never joins strangers", () => {
    expect(shareCoreParticipants(attack, set("a", "b"), set("a"))).toBe(true);
    expect(shareCoreParticipants(attack, set("a", "b", "c"), set("a"))).toBe(false);
    expect(shareCoreParticipants(attack, set("a"), set("b"))).toBe(false);
  });
});
