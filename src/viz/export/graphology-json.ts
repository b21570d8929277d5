import type { VizGraph } from "../graph.js";

/** graphology's serialisation format, which sigma.js and `graph.import()` read back as they are. */
export function writeGraphologyJson(graph: VizGraph): string {
  return JSON.stringify(graph.export());
}
