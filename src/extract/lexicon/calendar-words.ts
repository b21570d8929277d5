// Days and months are capitalised but never a name ("criticised the forces on Monday, saying…").
// April, May, June and August are left out: they are also given or family names.
export const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march july september october november december".split(
    " ",
  ),
);

// Where a date is as likely as a name ("in May", "the Commission on June 3"), every month counts.
export const DATE_WORDS: ReadonlySet<string> = new Set([...CALENDAR_NAMES, "april", "may", "june", "august"]);
