import { describe, expect, it } from "vitest";
import * as queries from "./queries.js";

const HOSTILE = "x'}) DETACH DELETE n //";

describe("query builders", () => {
  it("never put data into the statement text: values travel as parameters", () => {
    const id = HOSTILE;
    const built = [
      queries.storedArticlesQuery([id]),
      queries.storedEventsQuery([id]),
      queries.touchedByArticlesQuery([id]),
      queries.releaseSupportQuery([id]),
      queries.dropProvenanceQuery([id]),
      queries.deleteOrphanQuotesQuery([id]),
      queries.deleteOrphanEventsQuery([id]),
      queries.deleteOrphanActorsQuery([id]),
      queries.linkAffiliationsQuery([id]),
      queries.deleteOrphanPlacesQuery([id]),
      queries.recomputeActorRolesQuery([id]),
      queries.eventClaimsQuery([id]),
      queries.writeEventsQuery([id]),
      queries.eventCandidatesQuery([
        {
          key: id,
          type: id,
          cameoRoot: null,
          participants: [id],
          places: [],
          from: "2023-11-06",
          to: "2023-11-06",
        },
      ]),
      queries.writeArticlesQuery([
        { id, url: id, title: id, source: id, outlet: null, publishedAt: null, contentHash: id },
      ]),
      queries.writeActorsQuery([
        {
          id,
          name: id,
          kind: "person",
          aliases: [id],
          countryCode: null,
          roles: [id],
          latitude: null,
          longitude: null,
        },
      ]),
      queries.writeMentionsQuery("Actor", [
        { entity: id, article: id, roles: [], sentences: [1], starts: [0], ends: [3] },
      ]),
      queries.writeQuotesQuery([
        {
          id,
          text: id,
          speaker: id,
          event: id,
          date: null,
          datePrecision: null,
          dateBasis: null,
          article: id,
          sentence: 0,
          start: 0,
          end: 1,
          evidence: id,
        },
      ]),
    ];
    for (const query of built) {
      expect(query.text).not.toContain(HOSTILE);
      expect(JSON.stringify(query.params)).toContain("DETACH DELETE n");
      expect(query.text).toMatch(/^UNWIND \$\w+ AS \w+/);
    }
  });

  it("label the mention statement only with the two entity labels", () => {
    expect(queries.writeMentionsQuery("Place", []).text).toContain("MATCH (n:Place {id: row.entity})");
  });

  it("send only the speakers and events quotes have", () => {
    const quote = {
      id: "q",
      text: "t",
      speaker: null,
      event: "e",
      date: null,
      datePrecision: null,
      dateBasis: null,
      article: "a",
      sentence: 0,
      start: 0,
      end: 1,
      evidence: "t",
    };
    expect(queries.writeSpeakersQuery([quote]).params).toEqual({ rows: [] });
    expect(queries.writeQuoteEventsQuery([quote]).params).toEqual({ rows: [{ id: "q", event: "e" }] });
  });

  it("rank roles from the most to the least specific", () => {
    expect(queries.ROLE_PRIORITY[0]).toBe("initiator");
    expect(queries.ROLE_PRIORITY.at(-1)).toBe("participant");
  });
});
