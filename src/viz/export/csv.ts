/**
 * Node and edge tables as CSV (RFC 4180), with the column names Gephi's spreadsheet import
 * recognises (Id, Label; Source, Target, Type, Weight). Lists are joined with `|`.
 */
import { stringify } from "csv-stringify/sync";
import { dataAttributes, type AttributeValue, type VizGraph } from "../graph.js";

function cell(value: AttributeValue | undefined): string | number | boolean | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join("|") : (value as Exclude<AttributeValue, readonly string[]>);
}

/** Every data key any row has, sorted, after the fixed columns. */
function dataColumns(
  rows: readonly Readonly<Record<string, AttributeValue>>[],
  fixed: ReadonlySet<string>,
): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const [key] of dataAttributes(row)) if (!fixed.has(key)) keys.add(key);
  return [...keys].sort();
}

export function writeNodesCsv(graph: VizGraph): string {
  const rows = graph.mapNodes((_node, attributes) => attributes);
  const columns = dataColumns(rows, new Set());
  const records = graph.mapNodes((node, attributes) => [
    node,
    attributes.label,
    attributes.x,
    attributes.y,
    attributes.size,
    attributes.color,
    ...columns.map((column) => cell(attributes[column])),
  ]);
  return stringify(records, {
    header: true,
    columns: ["Id", "Label", "x", "y", "size", "color", ...columns],
  });
}

export function writeEdgesCsv(graph: VizGraph): string {
  const rows = graph.mapEdges((_edge, attributes) => attributes);
  const columns = dataColumns(rows, new Set(["weight"]));
  const records = graph.mapEdges((edge, attributes, source, target) => [
    source,
    target,
    "Undirected",
    edge,
    attributes.weight,
    attributes.size,
    ...columns.map((column) => cell(attributes[column])),
  ]);
  return stringify(records, {
    header: true,
    columns: ["Source", "Target", "Type", "Id", "Weight", "size", ...columns],
  });
}
