import { isSpeechVerb } from "../../lexicon/speech-verbs.js";
import type { Recogniser } from "../context.js";
import { reportingContextBefore } from "../cues/reporting.js";

// An unknown all-capitals word that may name an organisation ("KTN"); longer ones are headings.
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/**
 * An unknown acronym in a body sentence ("KTN"): an organisation candidate, which resolution
 * keeps when the text defines it or the context makes it one.
 */
export const acronym: Recogniser = (scan, i) => {
  const { tokens } = scan;
  const t = tokens[i];
  if (scan.titleCase || !t || !ACRONYM_RE.test(t.text)) return null;
  scan.emit(i, i + 1, {
    kind: "organization",
    nameTokens: [t.text],
    cue: isSpeechVerb(tokens[i + 1]) || reportingContextBefore(scan, i, i + 1, false) ? "speech" : "none",
  });
  return i + 1;
};
