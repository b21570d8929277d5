/** The explorer's HTML and stylesheet; its script is the bundle of client/main.ts. */

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; background: #fafafa; }
header { display: flex; gap: 16px; align-items: baseline; padding: 10px 16px; background: #1f2d3d; color: #fff; }
header h1 { font-size: 18px; margin: 0; }
header button { font: inherit; }
#status { margin-left: auto; opacity: 0.8; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); grid-template-rows: 380px minmax(0, 1fr); gap: 8px; padding: 8px; height: calc(100vh - 46px); }
.panel { background: #fff; border: 1px solid #ddd; border-radius: 4px; overflow: hidden; display: flex; flex-direction: column; min-height: 0; }
.panel > h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; padding: 6px 10px; border-bottom: 1px solid #eee; color: #555; }
#network, #map { flex: 1; min-height: 0; position: relative; }
#timeline, #details { flex: 1; overflow: auto; padding: 4px 10px; }
.timeline-day h3, .timeline-undated h3 { font-size: 13px; margin: 10px 0 4px; color: #1f2d3d; }
.timeline-undated { border-top: 2px dashed #ccc; margin-top: 12px; }
.timeline-undated h3 { color: #888; }
.timeline ul, #timeline ul { list-style: none; margin: 0; padding: 0; }
.timeline-event { display: grid; grid-template-columns: 118px minmax(0, 1fr); column-gap: 10px; padding: 4px 6px; border-radius: 3px; cursor: pointer; }
.timeline-event:hover, .timeline-event.selected { background: #e8f0fb; }
.event-type { grid-row: span 3; font-size: 11px; font-weight: 600; color: #0072B2; text-transform: uppercase; overflow-wrap: anywhere; }
.event-evidence { color: #888; font-size: 12px; }
.undated-reason { color: #888; font-size: 12px; margin: 0 0 4px; }
.event-headline { font-weight: 600; }
.event-summary { color: #555; }
.sea { fill: #eef4f8; }
.country { fill: #dfe3d8; stroke: #fff; stroke-width: 0.5; }
.place { fill: #D55E00; fill-opacity: 0.75; stroke: #fff; }
.place-label { font-size: 11px; fill: #333; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.quote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #E69F00; background: #fff8ea; }
.quote footer { color: #666; font-size: 12px; }
.evidence { color: #666; font-size: 12px; font-style: italic; }
.hint, .empty { color: #888; }
`;

export function renderExplorerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph explorer</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>newsgraph explorer</h1>
  <span>Showing <strong id="selected-actor">all actors</strong></span>
  <button id="clear-selection" type="button" hidden>Show all</button>
  <span id="status">Loading…</span>
</header>
<main>
  <section class="panel"><h2>Network: who deals with whom</h2><div id="network"></div></section>
  <section class="panel"><h2>Places</h2><div id="map"></div></section>
  <section class="panel"><h2>Timeline</h2><div id="timeline"></div></section>
  <section class="panel"><h2>Event</h2><div id="details"></div></section>
</main>
<script type="module" src="/explore/app.js"></script>
</body>
</html>
`;
}
