/** The trigger words of a clause, back-references read as triggers, folded to one per happening. */
import { EVENT_KINDS, type EventKind } from "../domain/event-kinds.js";
import type { Clause } from "./event-clauses.js";
import type { Sentence } from "./model.js";
import { execAll } from "./regex.js";

/** A pattern of the event lexicon, with the kind it reports and the CAMEO code it gives. */
export interface EventTrigger {
  readonly kind: EventKind;
  readonly cameo: string | null;
  readonly pattern: RegExp;
  readonly anaphoric: boolean;
}

const EVENT_TRIGGERS: readonly EventTrigger[] = EVENT_KINDS.flatMap((kind) =>
  kind.triggers.map((t) => ({
    kind,
    cameo: t.cameo ?? kind.cameo,
    pattern: t.pattern,
    anaphoric: t.anaphoric === true,
  })),
);

/** Each noun to the kinds of happening it may refer back to, the kind it names first at the head. */
export const BACK_REFERENCE_TYPES: ReadonlyMap<string, readonly string[]> = (() => {
  const types = new Map<string, string[]>();
  for (const kind of EVENT_KINDS) for (const noun of kind.referredToAs ?? []) types.set(noun, [kind.type]);
  for (const kind of EVENT_KINDS) for (const noun of kind.alsoMeantBy ?? []) types.get(noun)?.push(kind.type);
  return types;
})();
// Only the determiner may be capitalised: "The March 3 attack" opens on a month, not a march.
const BACK_REFERENCE_RE = new RegExp(
  `^\\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+(?:[\\w.-]+\\s+){0,3}?(${[...BACK_REFERENCE_TYPES.keys()].join("|")})\\b`,
);
export interface Hit {
  readonly trigger: EventTrigger;
  readonly start: number;
  readonly end: number;
}

/** All trigger words of a sentence (quotations masked), read once per sentence. */
export function triggersIn(masked: string, sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (const trigger of EVENT_TRIGGERS) {
    for (const m of execAll(trigger.pattern, masked)) {
      const start = sentence.start + m.index;
      hits.push({ trigger, start, end: start + m[0].length });
    }
  }
  return hits;
}

/** A clause opening on "the deal", "the measures"…: the kinds of happening it refers back to, read as a trigger. */
export function backReferenceIn(
  masked: string,
  clause: Clause,
): { types: readonly string[]; hit: Hit } | null {
  const from = clause.start - clause.sentence.start;
  const m = BACK_REFERENCE_RE.exec(masked.slice(from, clause.end - clause.sentence.start));
  const noun = m?.[1];
  const types = noun ? BACK_REFERENCE_TYPES.get(noun.toLowerCase()) : undefined;
  const trigger = EVENT_TRIGGERS.find((t) => t.kind.type === types?.[0]);
  if (!m || !noun || !types || !trigger) return null;
  const end = clause.start + m[0].length;
  return { types, hit: { trigger, start: end - noun.length, end } };
}

/** Keeps one trigger per kind of happening in a clause; the consultation or interview absorbs what was said in it. */
export function foldTriggers(all: readonly Hit[], text: string): Hit[] {
  // "lifted the sanctions": a trigger inside a longer one of another kind is part of it.
  const hits = all.filter(
    (h) =>
      !all.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const consult = hits
    .filter((h) => h.trigger.kind.family === "consult")
    .sort((a, b) => (a.trigger.kind.consultRank ?? -1) - (b.trigger.kind.consultRank ?? -1))[0];
  const interview = hits.find((h) => h.trigger.kind.family === "interview");
  const kept: Hit[] = [];
  const seen = new Set<string>();
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    // "arrived in Niamey on Saturday and met the junta leader on Sunday": two happenings.
    const coordinated =
      consult !== undefined && h.start > consult.end && /\band\s+$/.test(text.slice(h.start - 5, h.start));
    if (h.trigger.kind.family === "consult" && h !== consult && !coordinated) continue;
    if ((consult || interview) && h.trigger.kind.saidInConsultation) continue;
    if (interview && h.trigger.kind.family === "consult") continue;
    const partOf = h.trigger.kind.partOf;
    if (partOf && hits.some((x) => partOf.includes(x.trigger.kind.type))) continue;
    const family = h.trigger.kind.family === "conflict" ? "conflict" : h.trigger.kind.type;
    if (seen.has(family)) continue;
    seen.add(family);
    kept.push(h);
  }
  return kept;
}
