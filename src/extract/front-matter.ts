/** A `---` … `---` block of `key: value` lines at the top of a text file. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  /** Where the article text starts after the block (0 when there is none). */
  readonly bodyOffset: number;
}

const FRONT_MATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER_RE.exec(text);
  if (!match) return { fields: {}, bodyOffset: 0 };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv?.[1]) continue;
    fields[kv[1]] = (kv[2] ?? "").replace(/^(["'])(.*)\1$/, "$2");
  }
  return { fields, bodyOffset: match[0].length };
}
