/**
 * Every match of a global regular expression, in order: what `text.matchAll(re)`
 * yields, without the copy of the expression that matchAll makes on each call. On the
 * per-sentence paths (thirty event triggers, the date cues) those copies were a large
 * share of the garbage.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regular expression: ${String(re)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over it as matchAll does.
    if (m[0] === "") re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  return out;
}

/** The index after `i`, a whole code point further in Unicode mode. */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const code = text.codePointAt(i) ?? 0;
  return i + (code > 0xffff ? 2 : 1);
}
