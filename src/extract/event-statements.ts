/** Statements: "X said …", dated by the occasion they were made at when they name none. */
import { EVENT_KINDS, STATEMENT_KIND } from "../domain/event-kinds.js";
import { actorMentionsIn } from "./discourse.js";
import type { Clause } from "./event-clauses.js";
import { announces, isMedia, referredSubject } from "./event-participants.js";
import { timesIn, toDate } from "./event-times.js";
import type { Hit } from "./event-triggers.js";
import type { EventInput } from "./events.js";
import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import type { ArticleDate, LocalEvent } from "./model.js";

/** Each noun for an occasion to the kinds of happening it may name. */
const OCCASION_TYPES: ReadonlyMap<string, readonly string[]> = (() => {
  const types = new Map<string, string[]>();
  for (const kind of EVENT_KINDS)
    for (const noun of kind.occasionNouns ?? []) types.set(noun, [...(types.get(noun) ?? []), kind.type]);
  return types;
})();
const OCCASION_RE = new RegExp(
  `\\b(?:after|following|at|during|in) (?:the|that|this|their|its) (?:[\\w-]+ )?(${[...OCCASION_TYPES.keys()].join("|")})\\b`,
  "i",
);
const OCCASION_SENTENCES = 8;
const OCCASION_REACH = 60;

/** "X said …", "said X": one statement event per speaker and day. */
export function addStatement(
  input: EventInput,
  clause: Clause,
  masked: string,
  hits: readonly Hit[],
  earlier: readonly LocalEvent[],
  add: (e: LocalEvent, anaphoric: boolean) => void,
): void {
  // Words outside quotations: what is quoted is not the reporting verb. A clause opening on
  // "Speaking to reporters in Jakarta on Monday, Hartigan thanked…" reports speech too.
  const words = input.tokens.between(clause.start, clause.end);
  const verb =
    words.find((t) => isSpeechVerb(t) && masked.charAt(t.start - clause.sentence.start) !== " ") ??
    (words[0]?.key === "speaking" ? words[0] : undefined);
  if (!verb) return;
  const verbStart = verb.start;
  const verbEnd = verb.end;
  // "cautioned", "urged": the verb already made a warning or an appeal.
  if (hits.some((h) => h.start <= verbStart && h.end >= verbEnd)) return;
  if (hits.some((h) => announces(input, verb, h))) return;
  const before = actorMentionsIn(input, clause.start, verbStart).filter(
    (m) => !m.qualifier && !isMedia(input, m.key),
  );
  const speaker =
    [...before].reverse().find((m) => m.kind === "person") ??
    before[before.length - 1] ??
    referredSubject(input, clause.start, verbStart) ??
    actorMentionsIn(
      input,
      verbEnd,
      Math.min(clause.end, verbEnd + (verb.key === "speaking" ? 160 : 80)),
    ).find((m) => !m.qualifier && m.kind === "person");
  if (!speaker) return;
  // Only a date right after the verb ("told the radio this morning") or, failing that, ahead of
  // it in its clause ("In a statement on Monday, the ministry said") dates the statement, not
  // one in what was said.
  const inClause = timesIn(input, clause);
  const reach = verb.key === "speaking" ? Math.max(speaker.start, verbEnd + 40) : verbEnd + 40;
  const time =
    inClause.find((t) => t.start >= verbEnd && t.start < reach) ??
    inClause.filter((t) => t.end <= verbStart).pop();
  const date = toDate(time) ?? dateOfOccasion(input, clause, verbEnd, earlier);
  add(
    {
      type: STATEMENT_KIND.type,
      cameo: STATEMENT_KIND.cameo,
      participants: [{ key: speaker.key, role: STATEMENT_KIND.roles.subject }],
      places: [],
      date,
      weekday: time?.weekday ?? null,
      month: time?.month ?? null,
      sameDayAs: null,
      reportedWeekday: null,
      sentences: [clause.sentence.index],
      trigger: { start: verbStart, end: verbEnd },
      summary: "",
      confidence: 0,
      quotes: [],
    },
    false,
  );
}

/**
 * "told reporters after the call", "said at the ceremony", "said in the statement": a statement
 * made at an occasion the story has already dated takes that occasion's day.
 */
function dateOfOccasion(
  input: EventInput,
  clause: Clause,
  verbEnd: number,
  earlier: readonly LocalEvent[],
): ArticleDate | null {
  // The occasion may open the next clause: "…told reporters | after the call".
  const around = input.text.slice(clause.start, Math.min(clause.sentence.end, verbEnd + OCCASION_REACH));
  const noun = OCCASION_RE.exec(around)?.[1]?.toLowerCase();
  const types = noun ? OCCASION_TYPES.get(noun) : undefined;
  if (!types) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (!e || Math.min(...e.sentences) > clause.sentence.index) continue;
    if (Math.max(...e.sentences) < clause.sentence.index - OCCASION_SENTENCES) break;
    if (types.includes(e.type)) return e.date && { ...e.date, basis: "inferred" };
  }
  return null;
}
