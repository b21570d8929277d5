/** Calendar arithmetic on ISO day strings (UTC, no time of day). */

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIsoDay(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

export function addDays(value: string, days: number): string {
  const d = parseIsoDay(value);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(value: string): number {
  return parseIsoDay(value).getUTCDay();
}

/** The most recent given weekday on or before `value` ("on Monday" in an article of Wednesday). */
export function mostRecentWeekday(value: string, weekday: number): string {
  return addDays(value, -((weekdayOf(value) - weekday + 7) % 7));
}

/** The most recent month/day on or before `value` ("October 7" in an article of November). */
export function mostRecentMonthDay(value: string, month: number, day: number): string | null {
  const year = Number(value.slice(0, 4));
  const candidate = isoDay(year, month, day);
  const check = parseIsoDay(candidate);
  if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day) {
    // 29 February: the most recent leap year.
    for (let y = year - 1; y > year - 8; y--) {
      const c = isoDay(y, month, day);
      const d = parseIsoDay(c);
      if (d.getUTCMonth() + 1 === month) return c;
    }
    return null;
  }
  return candidate <= value.slice(0, 10) ? candidate : isoDay(year - 1, month, day);
}

/** The most recent month on or before `value`, as YYYY-MM. */
export function mostRecentMonth(value: string, month: number): string {
  const year = Number(value.slice(0, 4));
  const current = Number(value.slice(5, 7));
  const y = month <= current ? year : year - 1;
  return `${String(y)}-${String(month).padStart(2, "0")}`;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDay(b).getTime() - parseIsoDay(a).getTime()) / 86_400_000);
}

/**
 * The month holding every day of `[first, last]`, or null when they fall in two. For spans
 * like "last week" that our day/month/year precisions cannot name exactly.
 */
export function containingPeriod(
  first: string,
  last: string,
): { readonly value: string; readonly precision: "month" } | null {
  // A week across two months dates nothing an analyst can use: a bare year would only look precise.
  if (first.slice(0, 7) === last.slice(0, 7)) return { value: first.slice(0, 7), precision: "month" };
  return null;
}

/** Monday to Sunday of the calendar week before the one of `value`. */
export function previousWeek(value: string): readonly [string, string] {
  const monday = addDays(mostRecentWeekday(value, 1), -7);
  return [monday, addDays(monday, 6)];
}

/**
 * Saturday and Sunday of the weekend "at the weekend" means in a text of `value`: the
 * weekend in progress or just past; with `previous`, the one before ("last weekend"
 * written on a weekend).
 */
export function recentWeekend(value: string, previous: boolean): readonly [string, string] {
  let saturday = mostRecentWeekday(value, 6);
  if (weekdayOf(value) === 0 || weekdayOf(value) === 6) {
    if (previous) saturday = addDays(saturday, -7);
  }
  return [saturday, addDays(saturday, 1)];
}
