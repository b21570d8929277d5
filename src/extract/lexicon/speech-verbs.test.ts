import { describe, expect, it } from "vitest";
import {
  ADDRESSING_VERBS,
  ANNOUNCING_VERBS,
  GLUED_VERB_RE,
  GLUED_VERBS,
  INTRODUCES_QUOTE_RE,
  INTRODUCING_VERBS,
  ISSUED_AFTER_RE,
  ISSUED_BEFORE_RE,
  ISSUING_VERBS,
  SPEECH_VERBS,
} from "./speech-verbs.js";

describe("the speech lexicon", () => {
  it("lists only speech verbs in its narrower lists", () => {
    const narrower = [
      ...ANNOUNCING_VERBS,
      ...ISSUING_VERBS,
      ...GLUED_VERBS,
      ...INTRODUCING_VERBS,
      ...ADDRESSING_VERBS,
    ];
    expect(narrower.filter((verb) => !SPEECH_VERBS.has(verb))).toEqual([]);
  });
});

// The patterns were literals before they were built from the lists; these cases are what the
// literals accepted and refused.
describe("the speech patterns built from it", () => {
  it("finds an issuer right before its statement", () => {
    expect(ISSUED_AFTER_RE.test(" said in a statement on Monday")).toBe(true);
    expect(ISSUED_AFTER_RE.test(" the ministry announced late on Friday in its communique")).toBe(true);
    expect(ISSUED_AFTER_RE.test(" Stated in their press release")).toBe(true);
    expect(ISSUED_AFTER_RE.test(" added in an interview")).toBe(false);
    expect(ISSUED_AFTER_RE.test(" told reporters in a statement")).toBe(false);
    expect(ISSUED_AFTER_RE.test(" said that the statement was false")).toBe(false);
  });

  it("finds an issuer right after its statement", () => {
    expect(ISSUED_BEFORE_RE.test("In a statement on Monday, the ")).toBe(true);
    expect(ISSUED_BEFORE_RE.test("a communique issued on Tuesday by ")).toBe(true);
    expect(ISSUED_BEFORE_RE.test("the readout from the ")).toBe(true);
    expect(ISSUED_BEFORE_RE.test("In an interview, ")).toBe(false);
    expect(ISSUED_BEFORE_RE.test("a statement about ")).toBe(false);
  });

  it("splits a name glued to its speech verb", () => {
    expect(GLUED_VERB_RE.exec("Hovsanstated")?.slice(1)).toEqual(["Hovsan", "stated"]);
    expect(GLUED_VERB_RE.exec("Ndlovusaid")?.slice(1)).toEqual(["Ndlovu", "said"]);
    expect(GLUED_VERB_RE.exec("Kimexplained")?.slice(1)).toEqual(["Kim", "explained"]);
    expect(GLUED_VERB_RE.exec("Obamawarned")).toBeNull();
    expect(GLUED_VERB_RE.exec("Bosaid")).toBeNull();
    expect(GLUED_VERB_RE.exec("said")).toBeNull();
  });

  it("finds a paragraph that hands over to a quotation", () => {
    expect(INTRODUCES_QUOTE_RE.test("Speaking at the press conference, Whitford said:")).toBe(true);
    expect(INTRODUCES_QUOTE_RE.test("The minister told reporters in Nairobi: ")).toBe(true);
    expect(INTRODUCES_QUOTE_RE.test("She WROTE :")).toBe(true);
    expect(INTRODUCES_QUOTE_RE.test("The minister told:")).toBe(false);
    expect(INTRODUCES_QUOTE_RE.test("He said: it was over.")).toBe(false);
    expect(INTRODUCES_QUOTE_RE.test("The minister warned:")).toBe(false);
    expect(INTRODUCES_QUOTE_RE.test("He told the assembled reporters and the many foreign diplomats:")).toBe(
      false,
    );
  });
});
