/**
 * An event reported by several articles is one node; each article's version of it (type,
 * date, summary, confidence) is kept on its REPORTED_IN relationships as a claim, and the
 * node's own properties are derived from the claims. Deriving rather than overwriting keeps
 * the node right when an article is replaced or comes in a later run, in any order.
 */
import type { DateBasis, DatePrecision } from "../domain/types.js";

export interface EventClaim {
  readonly article: string;
  readonly type: string;
  readonly cameo: string | null;
  /** Stored form: the first day of the period (`2023-11-01` for November 2023). */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateBasis: DateBasis | null;
  readonly summary: string;
  readonly confidence: number;
}

export interface EventAggregate {
  readonly type: string;
  readonly cameo: string | null;
  readonly cameoRoot: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateBasis: DateBasis | null;
  readonly summary: string;
  readonly confidence: number;
  readonly sourceCount: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1 };
const BASIS_RANK: Record<DateBasis, number> = { stated: 3, inferred: 2, coreference: 1 };

/** Compares by a list of numeric keys, larger first, then by a string, smaller first. */
function byRank<T>(keys: (item: T) => readonly number[], tie: (item: T) => string) {
  return (a: T, b: T): number => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) {
      const difference = (kb[i] ?? 0) - (ka[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return tie(a).localeCompare(tie(b));
  };
}

/**
 * How specific a CAMEO code is: none, a root ("04"), a root's "not specified" code ("040"),
 * or a specific one ("041": one article's "discussion" is another's "phone call").
 */
export function cameoSpecificity(cameo: string | null): number {
  if (cameo === null) return 0;
  if (cameo.length <= 2) return 1;
  return cameo.endsWith("0") ? 2 : 3;
}

/** One claim per article: an article that reported the event twice counts once, by its surest claim. */
function onePerArticle(claims: readonly EventClaim[]): EventClaim[] {
  const best = new Map<string, EventClaim>();
  for (const claim of claims) {
    const current = best.get(claim.article);
    if (!current || claim.confidence > current.confidence) best.set(claim.article, claim);
  }
  return [...best.values()];
}

/**
 * The event as its sources tell it, independent of the order they arrived in:
 * - type, CAMEO code and summary from the most specific claim (see {@link cameoSpecificity}),
 *   then the surest;
 * - the date most precise, then backed by most articles, then best founded (stated over inferred
 *   over coreference), then earliest; undated only when no article dates it;
 * - confidence the highest claimed; sourceCount the number of articles.
 */
export function aggregateEventClaims(claims: readonly EventClaim[]): EventAggregate | null {
  const perArticle = onePerArticle(claims);
  const [lead] = [...perArticle].sort(
    byRank(
      (c) => [cameoSpecificity(c.cameo), c.confidence],
      (c) => c.article,
    ),
  );
  if (!lead) return null;

  const dates = new Map<
    string,
    { date: string; precision: DatePrecision; support: number; basis: DateBasis }
  >();
  for (const claim of perArticle) {
    if (claim.date === null || claim.datePrecision === null) continue;
    const key = `${claim.datePrecision}:${claim.date}`;
    const basis = claim.dateBasis ?? "coreference";
    const current = dates.get(key);
    if (!current) dates.set(key, { date: claim.date, precision: claim.datePrecision, support: 1, basis });
    else
      dates.set(key, {
        ...current,
        support: current.support + 1,
        basis: BASIS_RANK[basis] > BASIS_RANK[current.basis] ? basis : current.basis,
      });
  }
  const [dated] = [...dates.values()].sort(
    byRank(
      (d) => [PRECISION_RANK[d.precision], d.support, BASIS_RANK[d.basis]],
      (d) => d.date,
    ),
  );

  return {
    type: lead.type,
    cameo: lead.cameo,
    cameoRoot: lead.cameo === null ? null : lead.cameo.slice(0, 2),
    date: dated?.date ?? null,
    datePrecision: dated?.precision ?? null,
    dateBasis: dated?.basis ?? null,
    summary: lead.summary,
    confidence: Math.max(...perArticle.map((c) => c.confidence)),
    sourceCount: perArticle.length,
  };
}

/** The stored form of a date: its first day, so month and year dates sort and index with days. */
export function storedDate(value: string | null): string | null {
  if (value === null) return null;
  const [year, month = "01", day = "01"] = value.split("-");
  return `${year ?? ""}-${month}-${day}`;
}
