/**
 * Timeline cursors: an event's position in date order, `YYYY-MM-DD|id` (`|id` when undated).
 * The @cypher timelines in schema.graphql split it on the first `|` to resume after that event,
 * which keeps paging an index seek instead of an ever-growing skip.
 */

export interface TimelinePosition {
  readonly id: string;
  /** ISO day, or null for an undated event. */
  readonly date: string | null;
}

export function encodeTimelineCursor(position: TimelinePosition): string {
  return `${position.date ?? ""}|${position.id}`;
}

/** Reads a cursor back; null when it is not one this API produced. */
export function decodeTimelineCursor(cursor: string): TimelinePosition | null {
  const separator = cursor.indexOf("|");
  if (separator < 0) return null;
  const date = cursor.slice(0, separator);
  const id = cursor.slice(separator + 1);
  if (id === "" || (date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(date))) return null;
  return { id, date: date === "" ? null : date };
}
