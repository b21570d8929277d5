/**
 * Nouns after a nationality adjective that name people or things of that nationality
 * rather than the state acting: "Palestinian civilians", "Israeli hostages", "the
 * Israeli port of Ashdod". Any other noun ("Israeli delegation", "Egyptian
 * official", "Israeli incursion") makes the country an actor.
 */
export const NON_STATE_HEADS: ReadonlySet<string> = new Set(
  (
    "civilian civilians people citizen citizens national nationals hostage hostages captive captives child children " +
    "woman women man men family families resident residents population public voter voters worker workers student " +
    "students refugee refugees settler settlers prisoner prisoners victim victims journalist journalists territory " +
    "territories port city cities town towns village villages border borders coast soil land language culture media " +
    "press colleague colleagues friend friends community communities society patient patients doctor doctors " +
    "athlete athletes team fans cuisine food history origin descent heritage american americans side-effects"
  ).split(" "),
);
