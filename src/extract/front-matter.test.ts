import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter.js";

describe("parseFrontMatter", () => {
  it("reads key: value lines and where the body starts", () => {
    const text = '---\ntitle: "Summit in Brasília"\nsource: Agência Brasil\n---\nBody here.';
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual({ title: "Summit in Brasília", source: "Agência Brasil" });
    expect(text.slice(fm.bodyOffset)).toBe("Body here.");
  });
  it("ignores text without a front-matter block", () => {
    expect(parseFrontMatter("Just text\n---\nmore")).toEqual({ fields: {}, bodyOffset: 0 });
  });
  it("ignores an unterminated block", () => {
    expect(parseFrontMatter("---\ntitle: x\nno end").bodyOffset).toBe(0);
  });
});
