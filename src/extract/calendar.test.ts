import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  mostRecentMonth,
  mostRecentMonthDay,
  mostRecentWeekday,
  weekdayOf,
} from "./calendar.js";

describe("calendar", () => {
  it("resolves a weekday to the most recent such day on or before the date", () => {
    expect(mostRecentWeekday("2023-11-08", 1)).toBe("2023-11-06"); // Monday before Wednesday
    expect(mostRecentWeekday("2023-11-08", 3)).toBe("2023-11-08"); // the same day
    expect(mostRecentWeekday("2023-11-08", 4)).toBe("2023-11-02"); // Thursday: last week, never ahead
  });
  it("gives a month-day without year the year that makes it most recent", () => {
    expect(mostRecentMonthDay("2023-11-08", 10, 7)).toBe("2023-10-07");
    expect(mostRecentMonthDay("2024-01-03", 12, 28)).toBe("2023-12-28");
    expect(mostRecentMonthDay("2023-03-01", 2, 29)).toBe("2020-02-29");
  });
  it("gives a month without year the most recent year", () => {
    expect(mostRecentMonth("2024-05-05", 11)).toBe("2023-11");
    expect(mostRecentMonth("2024-05-05", 5)).toBe("2024-05");
  });
  it("does day arithmetic across months", () => {
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(weekdayOf("2023-11-06")).toBe(1);
    expect(daysBetween("2023-11-06", "2023-11-08")).toBe(2);
  });
});
