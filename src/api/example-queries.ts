/**
 * Queries pre-filled in the playground's tabs and printed by `newsgraph serve` as a first
 * thing to try. Names are illustrative: the playground lets the analyst change them.
 */
export interface ExampleQuery {
  readonly title: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: "An actor's timeline",
    query: `# Next page: pass the last event's cursor as $after.
query ActorTimeline($actor: String!, $after: String) {
  timeline(actor: $actor, first: 20, after: $after) {
    cursor
    date
    datePrecision
    type
    cameo
    summary
    participants { name kind }
    places { name }
    sources { title outlet url }
  }
  undatedEvents(actor: $actor) { type summary sources { title } }
}`,
    variables: { actor: "Joe Biden" },
  },
  {
    title: "Who said what, when",
    query: `query Quotes($speaker: String!) {
  quotes(where: { speaker: { some: { name: { eq: $speaker } } } }, sort: [{ date: ASC }]) {
    date
    text
    sources { title publishedAt }
    event { type date summary }
  }
}`,
    variables: { speaker: "John Kirby" },
  },
  {
    title: "Relationship between two actors",
    query: `query Relationship($actor: String!, $other: String!) {
  eventsBetween(actor: $actor, other: $other) {
    date
    type
    summary
    sourceCount
    sourcesConnection { edges { properties { text } node { title outlet } } }
  }
  actors(where: { name: { eq: $actor } }) {
    name
    connections(first: 10) { name eventCount firstDate lastDate types }
  }
}`,
    variables: { actor: "Joe Biden", other: "Benjamin Netanyahu" },
  },
  {
    title: "Shortest chain between actors",
    query: `query Chain($from: String!, $to: String!) {
  shortestChain(from: $from, to: $to) { actorName eventType eventDate eventSummary }
}`,
    variables: { from: "Kamala Harris", to: "Benjamin Netanyahu" },
  },
  {
    title: "Events at a place in a time range",
    query: `query EventsAt($place: String!, $from: Date, $to: Date) {
  timeline(place: $place, from: $from, to: $to, first: 50) {
    date
    type
    summary
    places { name within { name } }
  }
}`,
    variables: { place: "Gaza", from: "2023-11-01", to: "2023-11-30" },
  },
  {
    title: "Full-text search",
    query: `query Search($phrase: String!) {
  searchQuotes(phrase: $phrase, first: 5) { edges { score node { text date speaker { name } } } }
  searchEvents(phrase: $phrase, first: 5) { edges { score node { summary date } } }
  searchActors(phrase: $phrase, first: 5) { edges { score node { name kind } } }
}`,
    variables: { phrase: "pause" },
  },
];
