/** Words that, capitalised at a sentence's start, still open no name: "Meanwhile, …", "The …". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "the a an and or but of in on at to for from by with as after before during while when if since despite amid amidst although though because meanwhile however additionally yet so this that these those it its his her their our we they he she i you there here".split(
    " ",
  ),
);

/** Words that open a noun phrase: "says the ministry" has a subject of its own. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  "the a an this that these those his her its their".split(" "),
);

// Words after a noun that end its phrase: "a city of one million", "a town where".
export const PHRASE_END_WORDS: ReadonlySet<string> = new Set(
  "of in on near at by with where that which whose about some around".split(" "),
);
