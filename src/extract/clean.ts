import { readDateLine } from "./header-date.js";
import type { Block, BlockKind } from "./model.js";

/**
 * Boilerplate rules: each recognises a kind of line that is not the story. Lines
 * keep their offsets; classified lines are only excluded from later stages.
 */
interface LineRule {
  readonly rule: string;
  readonly test: (line: string) => boolean;
}

const WORD_RE = /\S+/g;
const words = (line: string): number => line.match(WORD_RE)?.length ?? 0;

// A personal name as bylines and credits print it: capitalised words, maybe a particle.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|di|van|von|bin|al|el|del|dos|la|le))*`;

// Agencies whose photo credits close a caption: "… REUTERS/Jane Roe/File Photo Purchase
// Licensing Rights", "(AP Photo/Jane Roe)". Upper case as printed, so that a story's
// "a Reuters/Ipsos poll" is not one.
const AGENCY =
  "REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA|ANADOLU|AAP|ANSA|DPA|KYODO|YONHAP|PTI|ANI|IANS|TASS|SPUTNIK|SIPA|ZUMA|NURPHOTO|BLOOMBERG";
// The photographer's name starts like a name ("REUTERS/Stringer"), so "AP/NORC" is not a credit.
const AGENCY_CREDIT_END_RE = new RegExp(
  String.raw`(?:^|\s)\(?(?:${AGENCY}|(?:${AGENCY}|Reuters|Xinhua|Getty|Anadolu) Photo|Photo)\s?\/\s?(?=\p{Lu}\p{Ll})${NAME}` +
    String.raw`(?:\s?\/\s?(?:File Photo|File|Pool|Pool Photo|Handout|Illustration))*\)?(?:\s+Purchase Licensing Rights)?\.?\s*$`,
  "u",
);
// Pages in other languages label the credit in theirs: "Fotografía:", "Foto:", "Bild:", "Crédito:".
const PHOTO_WORD = String.raw`(?:photo|photograph|picture|image|file photo|pic|foto|fotograf[ií]a|fotografie|photographie|bild|imagen|imagem|immagine|cr[ée]dit[oa]?)s?(?: credit| photo)?`;
const CAPTION_END_RES: readonly RegExp[] = [
  AGENCY_CREDIT_END_RE,
  // The button's label, with the "opens new tab" a screen reader hears after a link.
  /\bpurchase licensing rights(?:,? opens new tab)?\s*$/i,
  // "… on Sunday morning. Photo: © AFP | Jane Roe"
  new RegExp(String.raw`[.!?]["”’)]?\s+\(?${PHOTO_WORD}\s*:\s*[^:!?]{1,60}$`, "i"),
  new RegExp(String.raw`\(${PHOTO_WORD}\s*:\s*[^()]{1,60}\)\s*$`, "i"),
  // "Photo by Jane Roe/Agency", "Image by Jane Roe via Stock Site".
  new RegExp(
    String.raw`\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture) by\s+${NAME}(?:\s?\/\s?\p{Lu}[\p{L} ]*|\s+via\s+\S+)?\)?\.?\s*$`,
    "u",
  ),
];
// "[1/3] Supporters …": the counter of a photo gallery.
const GALLERY_RE = /^\[\d+\s?\/\s?\d+\]\s/;
// Markers that only captions carry: "Jane Roe (L) and John Doe shake hands".
const CAPTION_MARK_RE = /\((?:L|R|C|left|right|cent(?:re|er)|front|back|\d(?:st|nd|rd|th)? [LR])\)/;

const PHOTO_CREDIT_RE = new RegExp(
  String.raw`^(?:${PHOTO_WORD}|video|image source|images source)s?\s*(?:source|credit)?\s*:`,
  "i",
);

const SHARE_WORDS = new Set([
  "share",
  "this",
  "article",
  "story",
  "copy",
  "link",
  "copied",
  "email",
  "e-mail",
  "mail",
  "print",
  "facebook",
  "x",
  "twitter",
  "reddit",
  "linkedin",
  "whatsapp",
  "telegram",
  "pinterest",
  "tumblr",
  "flipboard",
  "bluesky",
  "threads",
  "messenger",
  "pocket",
  "mastodon",
  "sms",
  "on",
  "via",
  "tweet",
  "gift",
  "save",
  // The share label in other languages: "Comparte:", "Partager", "Teilen".
  "comparte",
  "compartir",
  "compartilhe",
  "compartilhar",
  "partager",
  "partagez",
  "teilen",
  "condividi",
]);

/** A row of share buttons: every word is a network or a share action ("Copy Link copied"). */
function isShareWidget(line: string): boolean {
  const tokens = line
    .toLowerCase()
    .split(/[\s|,·•/:]+/)
    .filter((t) => t !== "");
  return tokens.length > 0 && tokens.length <= 8 && tokens.every((t) => SHARE_WORDS.has(t));
}

const CRUMB_SEPARATORS = ["/", "»", ">", "›", "|", "•", "·"];

/** "Home / Africa / Humanitarian", "Outlet | Europe | Politics": the page's place in the site. */
function isBreadcrumb(line: string): boolean {
  if (/^(?:home|start|accueil|inicio)\s*[/»>›|]/i.test(line)) return true;
  return CRUMB_SEPARATORS.some((sep) => {
    const parts = line.split(sep).map((p) => p.trim());
    return parts.length >= 3 && parts.every((p) => words(p) <= 3 && /^\p{Lu}/u.test(p) && !/[\d.!?]/.test(p));
  });
}

// The heads of lists of links to other pages; also "Also read | <headline>".
// A bare "Tags" or "Explore more on these topics" heads the page's topic links.
const RELATED_HEAD = String.raw`(?:related(?: content| articles?| stories| posts| coverage| news| topics| links| reading)?|read (?:also|more|next)|also read|see also|also see|more (?:from|on) [^:|]{1,30}|more on this(?: story)?|more stories|recommended(?: for you| stories| articles)?|you (?:may|might) also like|trending(?: now)?|most (?:read|popular|viewed)|top stories|latest (?:news|stories)|editor'?s picks|must read|don'?t miss|tags|topics|explore more(?: on these topics)?)`;
const RELATED_BARE_RE = new RegExp(String.raw`^${RELATED_HEAD}\W*$`, "i");
const RELATED_LINK_RE = new RegExp(String.raw`^${RELATED_HEAD}\s*[:|»›–—-]\s*\S`, "i");

// Where a comment form begins: what follows it (fields, readers' comments) is not the story.
// Short lines only, so that a story paragraph opening with such words does not end the story.
const COMMENT_FORM_RE =
  /^(?:(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|no (?:responses|comments|replies) yet|what do you think)\b(?!.{40})|\d+ (?:comments?|responses|replies)\W*$|comments?\s*(?:\(\d+\)|:\s*\d+)\W*$|your email address will not be published\b)/i;

// A name signed with its family name in capitals ("Jane ROE"); three capitals at least, so
// that a heading like "Vote NO" is not one.
const SIGNED_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)*\s+\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*`;
// "To contact the reporter on this story:": the contact lines of the writers and editors follow.
const CONTACT_HEAD_RE = /^to contact the (?:reporters?|editors?|authors?|writers?)\b[^.]{0,60}$/i;

// Who wrote, edited or contributed to the article.
const CREDIT_RES: readonly RegExp[] = [
  /^\(?(?:reporting by|writing by|editing by|additional reporting by|compiled by|edited by|ed\.)\s+\p{Lu}/iu,
  // "Associated Press writer Jane Roe in Lima contributed to this report."
  /\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\b/i,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:writers?|reporters?|correspondents?|journalists?|staff writers?|photographers?)\b[^.]*\bcontributed\.?$/iu,
  // "Editor: Jane Roe", "[Editor: Jane Roe]"
  /^[[(]?(?:editors?|edited by|editing|sub-?editor|producer|translator|translated by|author|reporter|reporting|writer|written by)\s*:\s*[^\])]{1,60}[\])]?\.?$/i,
  // "(With inputs from PTI)"
  /^\((?:with )?(?:inputs?|agency inputs?|files|additional reporting) (?:from|by) [^)]{1,80}\)\.?$/i,
  // "--With assistance from Jane Roe."
  /^[-–—]*\s*with assistance from\s+\p{Lu}/iu,
  // "Jane ROE with John DOE in Lima": agencies sign with the family name in capitals.
  new RegExp(
    String.raw`^(?![Bb][Yy]\s)${SIGNED_NAME}(?:\s*,\s*${SIGNED_NAME}|\s+(?:and|with|&)\s+${SIGNED_NAME})*(?:\s+in\s+\p{Lu}[\p{L}'’ -]{1,40})?\.?$`,
    "u",
  ),
  CONTACT_HEAD_RE,
];
const BYLINE_RE = new RegExp(
  String.raw`^[Bb][Yy]\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*(?:\s*(?:[,|–—-]|\bin\b|\bfor\b)\s*\p{Lu}[\p{L}&.'’ ]{1,40})?$`,
  "u",
);
// A live blog's writers by shift: "Jane Roe (now) and John Doe (earlier)".
const SHIFT = String.raw`${NAME}\s+\((?:now|earlier|later|before|previously)\)`;
const SHIFT_BYLINE_RE = new RegExp(String.raw`^${SHIFT}(?:\s*(?:,|and|&)\s*${SHIFT})*$`, "u");
// A name alone on a line of the header, next to the date: the author.
const BARE_NAME_RE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;

const NOT_A_NAME = String.raw`(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|Our|Its)\b)`;
const BIO_ROLE =
  "(?:author|journalist|writer|reporter|editor|correspondent|contributor|columnist|blogger|freelancer|photographer|photojournalist|producer|bureau chief)";
const AUTHOR_BIO_RES: readonly RegExp[] = [
  /^about the authors?\b/i,
  // "Jane Roe is a correspondent covering …", "Jane Roe is Outlet's correspondent in …"
  new RegExp(
    String.raw`^${NOT_A_NAME}${NAME}\s+(?:is|was)\s+(?:an?|the|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,4}${BIO_ROLE}s?\b`,
    "u",
  ),
  // "Jane Roe reports on trade for Outlet", "Jane Roe writes about … from Lima", "Jane Roe
  // covers regional politics from Quito": what she covers may come first, without "on".
  new RegExp(
    String.raw`^${NOT_A_NAME}${NAME}\s+(?:reports|writes|covers|has covered|has reported|reported|wrote)\s+(?:(?:on|about|for|from)\b.*\b|(?:[\p{L}-]+\s+){1,4})(?:for|at|from|based in)\s+(?:the\s+)?\p{Lu}`,
    "u",
  ),
];

export const BOILERPLATE_RULES: readonly LineRule[] = [
  { rule: "clean/url", test: (l) => /^(?:https?:\/\/|www\.)\S+$/i.test(l) },
  { rule: "clean/punctuation", test: (l) => !/[\p{L}\p{N}]/u.test(l) },
  // Before the others: a caption is the whole line, whatever it says before its credit.
  {
    rule: "clean/caption",
    test: (l) => GALLERY_RE.test(l) || (words(l) <= 80 && CAPTION_END_RES.some((re) => re.test(l))),
  },
  {
    rule: "clean/comments",
    test: (l) =>
      COMMENT_FORM_RE.test(l) ||
      /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|required fields are marked|save my name, email,? and website|cancel reply|no comments to show)\b/i.test(
        l,
      ) ||
      /^(?:latest |show |view |read )?(?:comments?|responses|replies)(?:\s*\(\d+\))?\W*$/i.test(l),
  },
  { rule: "clean/share", test: isShareWidget },
  {
    rule: "clean/newsletter",
    test: (l) =>
      words(l) <= 35 &&
      /^(?:sign up|subscribe|register|get|receive)\b[^.!?]{0,150}\b(?:newsletters?|inbox|e-?mail alerts?|briefing|digest)\b/i.test(
        l,
      ),
  },
  { rule: "clean/breadcrumb", test: (l) => words(l) <= 30 && isBreadcrumb(l) },
  {
    rule: "clean/related",
    test: (l) =>
      (words(l) <= 30 && (RELATED_BARE_RE.test(l) || RELATED_LINK_RE.test(l))) ||
      (words(l) <= 30 && /^(?:tags?|categories|filed under|topics)\s*:/i.test(l)) ||
      // Whole lines only: "Share prices fell" and "Follow-up talks" are the story.
      /^(?:share(?: this)?(?: article| story)?|follow us(?: on [\p{L} ]{1,30})?|subscribe(?: now| today)?|advertisement|sponsored(?: content)?|click here\b[^.]{0,40})\W*$/iu.test(
        l,
      ),
  },
  {
    rule: "clean/standards",
    test: (l) =>
      words(l) <= 12 && /^(?:our (?:standards|editorial standards)\s*:|.*\btrust principles\b)/i.test(l),
  },
  {
    rule: "clean/copyright",
    test: (l) =>
      /©|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|requires? (?:the )?prior (?:and )?(?:explicit |written )?(?:consent|permission)|may not be (?:reproduced|published|redistributed)|terms of (?:use|service)|privacy policy|cookie policy/i.test(
        l,
      ),
  },
  {
    rule: "clean/disclaimer",
    test: (l) =>
      /^(?:the views (?:and opinions )?expressed (?:in this article|here(?:in)?)|translation of an (?:original )?article)\b/i.test(
        l,
      ),
  },
  {
    rule: "clean/photo-credit",
    test: (l) =>
      PHOTO_CREDIT_RE.test(l) ||
      (/\b(?:getty images|shutterstock|ap photo|afp photo|reuters\/|epa-efe|anadolu agency via)\b/i.test(l) &&
        words(l) <= 16),
  },
  {
    rule: "clean/reporter-credit",
    test: (l) => words(l) <= 40 && CREDIT_RES.some((re) => re.test(l)),
  },
  {
    rule: "clean/byline",
    test: (l) => words(l) <= 16 && (BYLINE_RE.test(l) || SHIFT_BYLINE_RE.test(l)),
  },
  {
    rule: "clean/source-credit",
    test: (l) => /^(?:source|sources|via|with (?:files|input) from)\s*:\s*\S/i.test(l) && words(l) <= 8,
  },
  // "dc/jb/bgs": the initials of the desk that handled the story.
  { rule: "clean/initials", test: (l) => /^[a-z]{1,5}(?:\s?\/\s?[a-z]{1,5}){1,5}$/.test(l) },
];

// Credits closing a paragraph: "(Reporting by …; Editing by …)".
const INLINE_CREDIT_RE =
  /\((?:reporting|writing|editing|additional reporting|compiled) by [^)]*\)\s*$|\(with (?:inputs?|files) from [^)]*\)\s*$/i;

const TERMINAL_RE = /[.!?…:"”’)]$/;

/** A line that gives the article's date and little else ("Published 7:15 AM GMT+8, June 12, 2024"). */
export function isDateLine(line: string): boolean {
  return readDateLine(line) !== null;
}

/** A date line that cannot be a headline: labelled, or with little besides the date. */
function isPlainDateLine(line: string): boolean {
  const d = readDateLine(line);
  return d !== null && (d.labelled || d.rest.length <= 3);
}

function boilerplateRule(line: string): string | null {
  for (const r of BOILERPLATE_RULES) if (r.test(line)) return r.rule;
  return null;
}

/** A story paragraph: long enough and ending like a sentence. */
function isParagraph(line: string): boolean {
  return words(line) >= 12 && TERMINAL_RE.test(line);
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The line just above a credit line is its picture's caption when it is short or
 * carries a caption's position marker; a full paragraph there is kept, as pages also
 * put a credit under the lead paragraph.
 */
function markCaptions(lines: readonly Line[], rules: (string | null)[]): void {
  // The headline may sit right above the lead picture's credit with no caption between.
  const headline = rules.indexOf(null);
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (rules[i] !== null || !next || i === headline) return;
    const nextRule = rules[i + 1];
    // A credit alone on its line ("REUTERS/Jane Roe"), not a caption that ends with one.
    const credit =
      (words(next.text) <= 16 && (PHOTO_CREDIT_RE.test(next.text) || nextRule === "clean/photo-credit")) ||
      (words(next.text) <= 5 && nextRule === "clean/caption");
    const caption = !isParagraph(line.text) || CAPTION_MARK_RE.test(line.text);
    if (credit && caption && !isDateLine(line.text)) rules[i] = "clean/caption";
  });
}

/** Where a comment form follows the story, or the number of lines when none does. */
function commentFormStart(lines: readonly Line[], firstParagraph: number): number {
  const start = lines.findIndex((l, i) => i > firstParagraph && COMMENT_FORM_RE.test(l.text));
  return firstParagraph < 0 || start < 0 ? lines.length : start;
}

// Heads of lists that are not the story, with the rule for the lines listed under them.
const LIST_HEADS: readonly { readonly head: RegExp; readonly rule: string }[] = [
  { head: RELATED_BARE_RE, rule: "clean/related" },
  { head: CONTACT_HEAD_RE, rule: "clean/reporter-credit" },
];

/**
 * The lines listed under "Related stories", "Read more"… (other headlines) or "To contact the
 * reporter on this story:" (names and addresses), up to the next story paragraph.
 */
function markLists(lines: readonly Line[], rules: (string | null)[]): void {
  let rule: string | null = null;
  lines.forEach((line, i) => {
    const head = LIST_HEADS.find((h) => h.head.test(line.text));
    if (head) {
      rule = head.rule;
      return;
    }
    if (rule === null || rules[i] !== null) return;
    if (isParagraph(line.text)) rule = null;
    else rules[i] = rule;
  });
}

/**
 * An author's bio closing the story (before any comment form), and the lines after it
 * up to the next recognised one. Only at the end: a story may well say that someone
 * "is a journalist".
 */
function markAuthorBio(lines: readonly Line[], rules: (string | null)[], end: number): void {
  let lastStory = -1;
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (line && rules[i] === null && isParagraph(line.text)) lastStory = i;
  }
  const bio = lines.findIndex(
    (l, i) => i >= lastStory && i < end && rules[i] === null && AUTHOR_BIO_RES.some((re) => re.test(l.text)),
  );
  if (bio < 0) return;
  for (let i = bio; i < end && rules[i] === null; i++) rules[i] = "clean/author-bio";
}

/**
 * Splits the article into lines and classifies each: title, heading, meta (the
 * short lines of outlet, section and date before the story), body or boilerplate.
 */
export function cleanArticle(text: string): Block[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  const rules = lines.map((l) => boilerplateRule(l.text));
  markCaptions(lines, rules);
  const firstParagraph = lines.findIndex((l, i) => isParagraph(l.text) && rules[i] === null);
  const comments = commentFormStart(lines, firstParagraph);
  markLists(lines, rules);
  markAuthorBio(lines, rules, comments);
  for (let i = comments; i < lines.length; i++) rules[i] ??= "clean/comments";
  const dateLines = lines.map((l) => isDateLine(l.text));
  const blocks: Block[] = [];
  let titleText: string | null = null;
  let previous: string | null = null;
  lines.forEach((line, i) => {
    let kind: BlockKind;
    let rule = rules[i] ?? null;
    let end = line.end;
    if (rule === null && (line.text === previous || (titleText !== null && line.text === titleText))) {
      rule = "clean/duplicate";
    }
    const inHeader = firstParagraph >= 0 && i < firstParagraph;
    if (rule !== null) kind = "boilerplate";
    else if (
      titleText === null &&
      blocks.every(
        (b) => b.kind === "boilerplate" || b.rule === "clean/date-line" || b.rule === "clean/header",
      ) &&
      // A single word above the headline is the page's section ("World"), not its title.
      words(line.text) > 1 &&
      !isParagraph(line.text) &&
      !/[.!"”]$/.test(line.text) &&
      !isPlainDateLine(line.text)
    ) {
      kind = "title";
      titleText = line.text;
    } else if (dateLines[i]) {
      kind = "meta";
      rule = "clean/date-line";
    } else if (
      inHeader &&
      BARE_NAME_RE.test(line.text) &&
      (dateLines[i - 1] === true || dateLines[i + 1] === true)
    ) {
      kind = "boilerplate";
      rule = "clean/byline";
    } else if (inHeader && words(line.text) <= 6 && !TERMINAL_RE.test(line.text)) {
      kind = "meta";
      rule = "clean/header";
    } else if (!isParagraph(line.text) && words(line.text) <= 14 && !TERMINAL_RE.test(line.text)) {
      kind = "heading";
    } else {
      kind = "body";
      const credit = INLINE_CREDIT_RE.exec(line.text);
      if (credit) end = line.start + line.text.slice(0, credit.index).trimEnd().length;
    }
    previous = line.text;
    blocks.push({ start: line.start, end, kind, rule });
    if (end < line.end) {
      blocks.push({ start: end, end: line.end, kind: "boilerplate", rule: "clean/reporter-credit" });
    }
  });
  return blocks;
}
