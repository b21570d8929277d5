/**
 * The quality gate's floors (floors.json beside this file). `atLeast` holds ratios and `cross`,
 * the count of happenings told by several articles that became one event; `atMost` holds counts
 * of errors (wrong dates, forbidden and duplicate entities), whose target is zero. Floors only
 * rise: each records the best the extractor reached on a set since it was last raised.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface SetFloors {
  readonly atLeast: Readonly<Record<string, number>>;
  readonly atMost: Readonly<Record<string, number>>;
}
type Summary = Readonly<Record<string, number | string | null>>;

const floorsPath = join(import.meta.dirname, "floors.json");
const RATIOS = ["entityF1", "attribution", "quoteR", "eventR", "eventDate", "cameo"] as const;
const ERRORS = ["eventDateWrong", "quoteDateWrong", "forbidden", "duplicates"] as const;

export function readFloors(): Readonly<Record<string, SetFloors>> {
  return (JSON.parse(readFileSync(floorsPath, "utf8")) as { sets: Record<string, SetFloors> }).sets;
}

/** A scorer figure as a number: `cross` ("a/b") counts its resolved happenings. */
export function figure(summary: Summary, name: string): number | null {
  const value = summary[name];
  if (name === "cross" && typeof value === "string") return Number(value.split("/")[0]);
  return typeof value === "number" ? value : null;
}

/** What falls short of the set's floors, one line each; empty when the set holds them all. */
export function shortfalls(summary: Summary, floors: SetFloors): string[] {
  const below = Object.entries(floors.atLeast).filter(
    ([name, min]) => (figure(summary, name) ?? -1) < min - 1e-9,
  );
  const above = Object.entries(floors.atMost).filter(
    ([name, max]) => (figure(summary, name) ?? Infinity) > max,
  );
  return [
    ...below.map(([name, min]) => `${name}=${String(summary[name])} is below its floor ${String(min)}`),
    ...above.map(([name, max]) => `${name}=${String(summary[name])} is above its ceiling ${String(max)}`),
  ];
}

const roundDown = (x: number) => Math.floor(x * 100 + 1e-9) / 100;

/** Raises floors.json to the given scores where they are better, and says what rose. */
export function raiseFloors(scores: readonly { name: string; summary: Summary }[]): string[] {
  const sets: Record<string, SetFloors> = { ...readFloors() };
  const changes: string[] = [];
  for (const { name, summary } of scores) {
    const old = sets[name];
    const atLeast: Record<string, number> = { ...old?.atLeast };
    const atMost: Record<string, number> = { ...old?.atMost };
    for (const key of [...RATIOS, "cross"]) {
      const value = figure(summary, key);
      if (value === null) continue;
      const floor = key === "cross" ? value : roundDown(value);
      if (atLeast[key] === undefined || floor > atLeast[key]) {
        changes.push(`${name} ${key} ${String(atLeast[key] ?? "none")} → ${String(floor)}`);
        atLeast[key] = floor;
      }
    }
    for (const key of ERRORS) {
      const value = figure(summary, key);
      if (value === null) continue;
      if (atMost[key] === undefined || value < atMost[key]) {
        changes.push(`${name} ${key} ≤ ${String(atMost[key] ?? "none")} → ${String(value)}`);
        atMost[key] = value;
      }
    }
    sets[name] = { atLeast, atMost };
  }
  writeFileSync(floorsPath, `${JSON.stringify({ sets }, null, 2)}\n`);
  return changes;
}
