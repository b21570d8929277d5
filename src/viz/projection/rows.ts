/** What the projection queries return, row by row (see queries.ts). Dates are `YYYY-MM-DD`. */

export interface ActorRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly countryCode: string | null;
  readonly eventCount: number;
  readonly undatedCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface ActorLinkRow {
  readonly source: string;
  readonly target: string;
  /** Number of shared events. */
  readonly weight: number;
  readonly undatedCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly types: readonly string[];
}

export interface ParticipationRow {
  readonly actor: string;
  readonly event: string;
  readonly roles: readonly string[];
}

export interface EventParticipant {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly role: string;
}

export interface EventQuote {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly speakerId: string | null;
  readonly speakerName: string | null;
}

export interface EventSource {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  /** The sentence the event was read from. */
  readonly evidence: string | null;
}

export interface EventDetailRow {
  readonly id: string;
  readonly type: string;
  readonly cameo: string | null;
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly summary: string;
  readonly confidence: number | null;
  readonly participants: readonly EventParticipant[];
  readonly places: readonly { readonly id: string; readonly name: string }[];
  readonly quotes: readonly EventQuote[];
  readonly sources: readonly EventSource[];
}

export interface PlaceRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly countryCode: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly eventCount: number;
  readonly undatedCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/**
 * Where projections read their rows. The Neo4j reader runs the queries; tests and the benchmark
 * can hand rows over directly. Each part is read only when an export needs it.
 */
export interface ProjectionSource {
  actors(): Promise<readonly ActorRow[]>;
  links(): Promise<readonly ActorLinkRow[]>;
  participations(): Promise<readonly ParticipationRow[]>;
  events(): Promise<readonly EventDetailRow[]>;
  places(): Promise<readonly PlaceRow[]>;
}
