/**
 * Projection rows of a small news graph, as the queries would return them, for unit tests of the
 * builders and writers (no database). Three actors share a dated call, a second call a day later,
 * a statement with a quote, and an event the text does not date.
 */
import type {
  ActorLinkRow,
  ActorRow,
  EventDetailRow,
  ParticipationRow,
  PlaceRow,
  ProjectionSource,
} from "../projection/rows.js";

export const FIXTURE_ACTORS: readonly ActorRow[] = [
  {
    id: "a-biden",
    name: "Joe Biden",
    kind: "person",
    countryCode: "US",
    eventCount: 3,
    undatedCount: 1,
    firstDate: "2023-11-06",
    lastDate: "2023-11-09",
  },
  {
    id: "a-netanyahu",
    name: "Benjamin Netanyahu",
    kind: "person",
    countryCode: "IL",
    eventCount: 2,
    undatedCount: 0,
    firstDate: "2023-11-06",
    lastDate: "2023-11-09",
  },
  {
    id: "a-kirby",
    name: "John Kirby",
    kind: "person",
    countryCode: "US",
    eventCount: 2,
    undatedCount: 1,
    firstDate: "2023-11-07",
    lastDate: "2023-11-07",
  },
  {
    id: "a-hamas",
    name: "Hamas",
    kind: "group",
    countryCode: null,
    eventCount: 0,
    undatedCount: 0,
    firstDate: null,
    lastDate: null,
  },
];

export const FIXTURE_LINKS: readonly ActorLinkRow[] = [
  {
    source: "a-biden",
    target: "a-netanyahu",
    weight: 2,
    undatedCount: 0,
    firstDate: "2023-11-06",
    lastDate: "2023-11-09",
    types: ["call"],
  },
  {
    source: "a-biden",
    target: "a-kirby",
    weight: 1,
    undatedCount: 1,
    firstDate: null,
    lastDate: null,
    types: ["meeting"],
  },
];

export const FIXTURE_EVENTS: readonly EventDetailRow[] = [
  {
    id: "e-call-1106",
    type: "call",
    cameo: "042",
    date: "2023-11-06",
    datePrecision: "day",
    summary: 'Biden & Netanyahu discussed "tactical pauses" <in Gaza>',
    confidence: 0.9,
    participants: [
      { id: "a-biden", name: "Joe Biden", kind: "person", role: "initiator" },
      { id: "a-netanyahu", name: "Benjamin Netanyahu", kind: "person", role: "counterpart" },
    ],
    places: [{ id: "p-gaza", name: "Gaza" }],
    quotes: [],
    sources: [
      {
        id: "art-1",
        url: "https://example.com/a1",
        title: "Biden, Netanyahu talk",
        outlet: "Reuters",
        publishedAt: "2023-11-07",
        evidence: "Biden spoke with Netanyahu on Monday.",
      },
      {
        id: "art-2",
        url: "javascript:alert(1)",
        title: "Call",
        outlet: null,
        publishedAt: null,
        evidence: null,
      },
    ],
  },
  {
    id: "e-statement-1107",
    type: "statement",
    cameo: "010",
    date: "2023-11-07",
    datePrecision: "day",
    summary: "Kirby said pauses were discussed",
    confidence: 0.8,
    participants: [{ id: "a-kirby", name: "John Kirby", kind: "person", role: "speaker" }],
    places: [{ id: "p-washington", name: "Washington" }],
    quotes: [
      {
        id: "q-1",
        text: "We're talking about pauses & <windows>",
        date: "2023-11-07",
        speakerId: "a-kirby",
        speakerName: "John Kirby",
      },
    ],
    sources: [
      {
        id: "art-1",
        url: "https://example.com/a1",
        title: "Biden, Netanyahu talk",
        outlet: "Reuters",
        publishedAt: "2023-11-07",
        evidence: "Kirby said.",
      },
    ],
  },
  {
    id: "e-call-1109",
    type: "call",
    cameo: "042",
    date: "2023-11-01",
    datePrecision: "month",
    summary: "Biden and Netanyahu spoke again",
    confidence: 0.7,
    participants: [
      { id: "a-biden", name: "Joe Biden", kind: "person", role: "initiator" },
      { id: "a-netanyahu", name: "Benjamin Netanyahu", kind: "person", role: "counterpart" },
    ],
    places: [],
    quotes: [],
    sources: [],
  },
  {
    id: "e-undated",
    type: "meeting",
    cameo: "04",
    date: null,
    datePrecision: null,
    summary: "Biden met Kirby",
    confidence: 0.6,
    participants: [
      { id: "a-biden", name: "Joe Biden", kind: "person", role: "participant" },
      { id: "a-kirby", name: "John Kirby", kind: "person", role: "participant" },
    ],
    places: [{ id: "p-nowhere", name: "Somewhere" }],
    quotes: [],
    sources: [],
  },
];

export const FIXTURE_PARTICIPATIONS: readonly ParticipationRow[] = FIXTURE_EVENTS.flatMap((event) =>
  event.participants.map((participant) => ({
    actor: participant.id,
    event: event.id,
    roles: [participant.role],
  })),
);

export const FIXTURE_PLACES: readonly PlaceRow[] = [
  {
    id: "p-gaza",
    name: "Gaza",
    kind: "territory",
    countryCode: "PS",
    latitude: 31.5,
    longitude: 34.47,
    eventCount: 1,
    undatedCount: 0,
    firstDate: "2023-11-06",
    lastDate: "2023-11-06",
  },
  {
    id: "p-washington",
    name: "Washington",
    kind: "city",
    countryCode: "US",
    latitude: 38.9,
    longitude: -77.04,
    eventCount: 1,
    undatedCount: 0,
    firstDate: "2023-11-07",
    lastDate: "2023-11-07",
  },
  {
    id: "p-nowhere",
    name: "Somewhere",
    kind: "region",
    countryCode: null,
    latitude: null,
    longitude: null,
    eventCount: 1,
    undatedCount: 1,
    firstDate: null,
    lastDate: null,
  },
];

export const fixtureSource: ProjectionSource = {
  actors: () => Promise.resolve(FIXTURE_ACTORS),
  links: () => Promise.resolve(FIXTURE_LINKS),
  participations: () => Promise.resolve(FIXTURE_PARTICIPATIONS),
  events: () => Promise.resolve(FIXTURE_EVENTS),
  places: () => Promise.resolve(FIXTURE_PLACES),
};
