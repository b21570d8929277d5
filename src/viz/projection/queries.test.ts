import { describe, expect, it } from "vitest";
import { NO_FILTER, parseVizFilter } from "../filter.js";
import {
  actorLinksQuery,
  actorsQuery,
  eventDetailsQuery,
  filteredEvents,
  participationsQuery,
  placesQuery,
} from "./queries.js";

const BUILDERS = [actorsQuery, actorLinksQuery, participationsQuery, eventDetailsQuery, placesQuery];

describe("filteredEvents", () => {
  it("matches every event without a filter", () => {
    expect(filteredEvents(NO_FILTER)).toEqual({ text: "MATCH (e:Event)", parameters: {} });
  });

  it("adds one parameterised condition per criterion", () => {
    const query = filteredEvents(
      parseVizFilter({
        actors: ["Joe Biden"],
        places: ["Gaza"],
        cameo: ["04"],
        from: "2023-11",
        to: "2023-11",
      }),
    );
    expect(query.parameters).toEqual({
      from: "2023-11-01",
      to: "2023-11-30",
      cameo: ["04"],
      actors: ["Joe Biden"],
      actorNames: ["joe biden"],
      places: ["Gaza"],
      placeNames: ["gaza"],
    });
    expect(query.text).toContain("e.date >= date($from)");
    expect(query.text).toContain("e.date <= date($to)");
    expect(query.text).toContain("STARTS WITH code");
    expect(query.text).toContain("[:WITHIN*0..5]");
  });

  it("never puts a value into the statement text", () => {
    const hostile = "x' }) DETACH DELETE n //";
    const filter = parseVizFilter({ actors: [hostile], places: [hostile] });
    for (const build of BUILDERS) expect(build(filter).text).not.toContain(hostile);
  });
});

describe("projection queries", () => {
  it("all start from the filtered events and share its parameters", () => {
    const filter = parseVizFilter({ cameo: ["042"] });
    for (const build of BUILDERS) {
      const query = build(filter);
      expect(query.text.startsWith(filteredEvents(filter).text)).toBe(true);
      expect(query.parameters).toEqual({ cameo: ["042"] });
    }
  });

  it("counts each pair of actors once and each shared event once", () => {
    const { text } = actorLinksQuery(NO_FILTER);
    expect(text).toContain("a.id < b.id");
    expect(text).toContain("count(DISTINCT e) AS weight");
  });

  it("lists undated events after the dated ones", () => {
    expect(eventDetailsQuery(NO_FILTER).text).toContain("ORDER BY e.date IS NULL, e.date, e.id");
  });
});
