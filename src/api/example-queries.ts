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
    query: `# Any name the articles use works: "Kirby", "john kirby", an id. Undated quotes come last.
# Add search: "pause" for quotes with those words (stemmed), from/to for a date range.
query Quotes($speaker: String!, $after: String) {
  quotes(speaker: $speaker, first: 20, after: $after) {
    cursor
    date
    text
    speaker { name }
    sources { title outlet url publishedAt }
    event { type date summary }
  }
}`,
    variables: { speaker: "Kirby" },
  },
  {
    title: "Actor page",
    query: `query ActorPage($name: String!) {
  actor(name: $name) {
    name
    kind
    titles { title firstDate lastDate sources { title outlet publishedAt } }
    connections(first: 10) { name eventCount firstDate lastDate types }
    timeline(first: 10) { date type summary sourceCount confidence }
    quotes { date text }
  }
}`,
    variables: { name: "Kirby" },
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
    query: `# English stemming: "hostage" finds "hostages"; words and "quoted phrases".
query Search($phrase: String!) {
  search(phrase: $phrase, first: 10) {
    kind
    label
    snippet
    date
    article { title outlet url publishedAt }
  }
}`,
    variables: { phrase: "hostage" },
  },
  {
    title: "Where the sources disagree",
    query: `query Disagreements($actor: String!) {
  timeline(actor: $actor, first: 50) {
    date
    type
    summary
    disagreements { aspect claims { value sources { outlet title publishedAt } } }
  }
}`,
    variables: { actor: "Biden" },
  },
];
