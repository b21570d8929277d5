/**
 * What part of the graph a projection covers: events involving some of the named actors, at
 * some of the named places (or places within them), with one of the CAMEO codes, in a date
 * range. Every criterion is optional; several values of one criterion mean "any of them".
 */
export interface VizFilter {
  /** Actor ids, names or aliases (names and aliases compared case-insensitively). */
  readonly actors: readonly string[];
  /** Place ids, names or aliases; an event in a city matches its country too. */
  readonly places: readonly string[];
  /** CAMEO codes or prefixes: `04` matches `04`, `041`, `0411`. */
  readonly cameo: readonly string[];
  /** First day included, `YYYY-MM-DD`. A date range leaves undated events out: they cannot be placed in it. */
  readonly from: string | null;
  /** Last day included, `YYYY-MM-DD`. */
  readonly to: string | null;
}

export const NO_FILTER: VizFilter = { actors: [], places: [], cameo: [], from: null, to: null };

/** A filter as a person types it (command-line options, URL query parameters). */
export interface VizFilterInput {
  readonly actors?: readonly string[];
  readonly places?: readonly string[];
  readonly cameo?: readonly string[];
  readonly from?: string | null;
  readonly to?: string | null;
}

/** A filter value that cannot be used; the message names the option and the value. */
export class VizFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VizFilterError";
  }
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const CAMEO_CODE = /^\d{2,4}$/;

/**
 * `2023`, `2023-11` or `2023-11-06` as a day: the first day of the period for a range's start,
 * the last for its end, so `--from 2023-11 --to 2023-11` is all of November.
 */
export function resolveRangeBound(value: string, bound: "from" | "to"): string {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) throw new VizFilterError(`--${bound} "${value}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12))
    throw new VizFilterError(`--${bound} "${value}": no such month`);
  const firstMonth = month ?? (bound === "from" ? 1 : 12);
  const lastDayOfMonth = new Date(Date.UTC(year, firstMonth, 0)).getUTCDate();
  if (day !== null && (day < 1 || day > lastDayOfMonth))
    throw new VizFilterError(`--${bound} "${value}": no such day`);
  const resolvedDay = day ?? (bound === "from" ? 1 : lastDayOfMonth);
  return `${String(year).padStart(4, "0")}-${String(firstMonth).padStart(2, "0")}-${String(resolvedDay).padStart(2, "0")}`;
}

function cleanList(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter((value) => value !== ""))];
}

/** Checks and normalises a filter; throws VizFilterError naming the bad value. */
export function parseVizFilter(input: VizFilterInput): VizFilter {
  const cameo = cleanList(input.cameo);
  for (const code of cameo) {
    if (!CAMEO_CODE.test(code))
      throw new VizFilterError(`--cameo "${code}": expected a CAMEO code of 2 to 4 digits`);
  }
  const from = input.from ? resolveRangeBound(input.from, "from") : null;
  const to = input.to ? resolveRangeBound(input.to, "to") : null;
  if (from !== null && to !== null && from > to) {
    throw new VizFilterError(`--from ${from} is after --to ${to}`);
  }
  return { actors: cleanList(input.actors), places: cleanList(input.places), cameo, from, to };
}

/** The filter as URL query parameters (`actor`, `place`, `cameo` repeated; `from`, `to`). */
export function filterFromSearchParams(params: URLSearchParams): VizFilter {
  return parseVizFilter({
    actors: params.getAll("actor"),
    places: params.getAll("place"),
    cameo: params.getAll("cameo"),
    from: params.get("from"),
    to: params.get("to"),
  });
}
