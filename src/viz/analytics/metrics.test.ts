import { describe, expect, it } from "vitest";
import { buildActorNetwork } from "../projection/build.js";
import { FIXTURE_ACTORS, FIXTURE_LINKS } from "../testing/rows-fixture.js";
import { BETWEENNESS_MAX_WORK, betweennessCentralities } from "./betweenness.js";
import { louvainCommunities } from "./communities.js";
import { forceAtlas2Positions } from "./layout.js";
import { pageRanks } from "./pagerank.js";
import { weightedDegrees } from "./weighted-degree.js";

const network = () => buildActorNetwork(FIXTURE_ACTORS, FIXTURE_LINKS);

describe("graph metrics", () => {
  it("weighted degree sums shared events", () => {
    expect(weightedDegrees(network())).toEqual({
      "a-biden": 3,
      "a-netanyahu": 2,
      "a-kirby": 1,
      "a-hamas": 0,
    });
  });

  it("PageRank ranks the hub first and sums to one", () => {
    const ranks = pageRanks(network());
    const total = Object.values(ranks).reduce((sum, rank) => sum + rank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(ranks["a-biden"]).toBeGreaterThan(ranks["a-netanyahu"] ?? 1);
  });

  it("betweenness is the broker's: Biden sits between Netanyahu and Kirby", () => {
    // normalised over the 3 pairs of the 4 nodes' other three: Biden lies on 1 of them
    expect(betweennessCentralities(network())).toMatchObject({
      "a-kirby": 0,
      "a-netanyahu": 0,
      "a-hamas": 0,
    });
    expect(betweennessCentralities(network())?.["a-biden"]).toBeCloseTo(1 / 3, 10);
  });

  it("betweenness is skipped, not stalled on, beyond its budget", () => {
    const big = network();
    for (let index = 0; index < 4_500; index += 1) big.addNode(`n${index}`, big.getNodeAttributes("a-hamas"));
    for (let index = 1; index < 4_500; index += 1)
      big.addEdge(`n${index - 1}`, `n${index}`, { weight: 1, size: 1, firstDate: null, lastDate: null });
    expect(big.order * big.size).toBeGreaterThan(BETWEENNESS_MAX_WORK);
    expect(betweennessCentralities(big)).toBeNull();
  });

  it("Louvain puts linked actors together and the isolated one apart", () => {
    const communities = louvainCommunities(network());
    expect(communities["a-hamas"]).not.toBe(communities["a-biden"]);
  });

  it("ForceAtlas2 gives every node a distinct position", () => {
    const positions = forceAtlas2Positions(network());
    const distinct = new Set(Object.values(positions).map(({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(distinct.size).toBe(4);
  });
});
