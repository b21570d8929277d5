import { describe, expect, it } from "vitest";
import { tokenize, unglueName } from "./tokens.js";

describe("tokenize", () => {
  it("keeps offsets into the original text", () => {
    const text = "xx U.S. President Joe Biden said";
    const tokens = tokenize(text, 3);
    expect(tokens.map((t) => t.text)).toEqual(["U.S.", "President", "Joe", "Biden", "said"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("splits the possessive off and remembers it", () => {
    const [name] = tokenize("Netanyahu’s goal");
    expect(name?.text).toBe("Netanyahu");
    expect(name?.possessive).toBe(true);
    expect(tokenize("don’t")[0]?.text).toBe("don’t");
  });
  it("marks capitalisation and punctuation", () => {
    const tokens = tokenize("Kirby, he");
    expect(tokens.map((t) => [t.cap, t.word])).toEqual([
      [true, true],
      [false, false],
      [false, true],
    ]);
  });
});

describe("unglueName", () => {
  const known = (key: string) => key === "netanyahu" || key === "biden";
  it("recovers names glued to a stray prefix or a following word", () => {
    for (const raw of ["dNetanyahu", "Netanyahuadmitted", "NewsBiden"]) {
      const [token] = tokenize(raw);
      if (!token) throw new Error("no token");
      const name = unglueName(token, known);
      expect(name?.text === "Netanyahu" || name?.text === "Biden").toBe(true);
    }
  });
  it("leaves unknown or legitimate camel-case names alone", () => {
    for (const raw of ["McDonald", "Kirby", "Bidenomics2", "administration"]) {
      const [token] = tokenize(raw);
      if (!token) throw new Error("no token");
      expect(unglueName(token, known)).toBeNull();
    }
  });
});
