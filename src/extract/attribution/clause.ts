/** What the attribution shapes share: the tokens of a clause, the speaker among its mentions, references. */
import {
  isOrganizationNoun,
  isPersonPronoun,
  lastMentionBefore,
  lastOrganizationBefore,
  lastPersonBefore,
  subjectPersonBefore,
} from "../discourse.js";
import { GLUED_VERB_RE, ISSUED_AFTER_RE, ISSUED_BEFORE_RE } from "../lexicon/speech-verbs.js";
import type { Mention } from "../model.js";
import type { Token } from "../tokens.js";
import type { QuoteInput } from "./strategy.js";

// Token keys are accent-free: "communiqué" is "communique".
export const STATEMENT_NOUNS = new Set(["statement", "communique", "readout", "release", "text"]);
const ISSUER_REACH = 1500;

/** Who issued the statement "the statement said" refers to: the last actor said to have made one. */
function lastIssuerBefore(d: QuoteInput, position: number): string | null {
  const issuer = lastMentionBefore(
    d,
    position,
    (m) =>
      m.kind !== "place" &&
      (ISSUED_AFTER_RE.test(d.text.slice(m.end, m.end + 80)) ||
        ISSUED_BEFORE_RE.test(d.text.slice(Math.max(0, m.start - 60), m.start))),
    position - ISSUER_REACH,
  );
  return issuer?.key ?? null;
}

/** The speaker a pronoun, "the ministry" or "the statement" stands for, looked up before `position`. */
export function resolveReference(
  d: QuoteInput,
  token: Token,
  position: number,
  sentenceStart: number,
): string | null {
  if (STATEMENT_NOUNS.has(token.key)) return lastIssuerBefore(d, position);
  if (isPersonPronoun(token.key)) {
    const sentence = d.sentences.find((x) => x.start === sentenceStart)?.index;
    const person =
      sentence === undefined ? lastPersonBefore(d, position) : subjectPersonBefore(d, position, sentence);
    return person?.key ?? null;
  }
  if (isOrganizationNoun(token.key))
    return lastOrganizationBefore(d, position, sentenceStart - 2000, token.key)?.key ?? null;
  return null;
}

/** Picks the speaker among the mentions of an attribution clause: people before organisations. */
export function pickSpeaker(mentions: readonly Mention[], preferLast: boolean): Mention | undefined {
  const ordered = preferLast ? [...mentions].reverse() : mentions;
  return (
    ordered.find((m) => m.kind === "person" && !m.qualifier) ??
    ordered.find((m) => m.kind === "organization" && !m.qualifier) ??
    ordered.find((m) => m.kind !== "place" && !m.qualifier)
  );
}

/** The tokens of an attribution clause, a name glued to its speech verb split in two. */
export function attributionTokens(input: QuoteInput, from: number, to: number): Token[] {
  return input.tokens.between(from, to).flatMap((t): Token[] => {
    const m = GLUED_VERB_RE.exec(t.text);
    const name = m?.[1];
    const verb = m?.[2];
    if (!name || !verb) return [t];
    const at = t.start + name.length;
    return [
      { ...t, text: name, end: at, key: name.toLowerCase() },
      { text: verb, start: at, end: t.end, key: verb, cap: false, possessive: false, word: true },
    ];
  });
}
