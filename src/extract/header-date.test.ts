import { describe, expect, it } from "vitest";
import { pickDate, readDateLine } from "./header-date.js";

const picked = (line: string): string | null => {
  const d = readDateLine(line);
  return d ? (pickDate(d)?.value ?? null) : null;
};

describe("readDateLine", () => {
  it("labels each date by the label before it", () => {
    expect(readDateLine("Published 9:00 AM, March 2, 2024 Updated March 3, 2024")?.dates).toEqual([
      { value: "2024-03-02", monthFirst: null, label: "published" },
      { value: "2024-03-03", monthFirst: null, label: "updated" },
    ]);
    expect(readDateLine("March 2, 2024 5:41 PM GMT+1 Updated 3 hours ago")?.dates[0]?.label).toBe("plain");
  });
  it("reads numeric dates day first and keeps the other reading", () => {
    expect(readDateLine("04/03/2024 10:15")?.dates[0]).toEqual({
      value: "2024-03-04",
      monthFirst: "2024-04-03",
      label: "plain",
    });
    expect(picked("12/25/2023")).toBe("2023-12-25");
  });
  it("reads the written forms of a day", () => {
    expect(picked("Tuesday 5th of March, 2024")).toBe("2024-03-05");
    expect(picked("Sept. 9, 2022 | 5 min read")).toBe("2022-09-09");
    expect(picked("First published on Tue 5 Mar 2024 10.15 GMT")).toBe("2024-03-05");
    expect(picked("2024/03/05 08:00")).toBe("2024-03-05");
  });
  it("prefers the published date, then a plain one, then an update", () => {
    expect(picked("Updated: 06.03.2024 · Published: 05.03.2024")).toBe("2024-03-05");
    expect(picked("UPDATED: Mar 6, 2024")).toBe("2024-03-06");
  });
  it("rejects lines that are about something else", () => {
    expect(readDateLine("Ministers to meet on March 10, 2024 in Oslo")).toBeNull();
    expect(readDateLine("Updated 3 hours ago")).toBeNull();
    expect(readDateLine("31/02/2024")).toBeNull();
    expect(
      readDateLine(
        "Delegates arrive for the talks at the conference centre in Lusaka, Zambia, on Friday, June 4, 2021, before the vote.",
      ),
    ).toBeNull();
  });
});
