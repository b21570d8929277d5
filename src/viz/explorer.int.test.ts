/**
 * The explorer as a person uses it: served by the API server as `newsgraph serve` composes it (the
 * page reads GraphQL's `explorerData`) over the graph in the real Neo4j, driven in headless
 * Chromium (Debian's `chromium` with playwright-core). Outside CI a machine without Chromium
 * skips this file, saying so; in CI (CI set) a missing browser fails.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearDatabase, connectTestDriver, testConnection } from "../../tests/support/neo4j.js";
import { extractArticles, readInputs } from "../extract/index.js";
import { checkExtractionDocument, importDocument } from "../graph/index.js";
import { serveNewsgraph, type RunningServer } from "../../tests/support/newsgraph-server.js";
import { writeVizFixture } from "./testing/neo4j-fixture.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
const REPO_ROOT = new URL("../../", import.meta.url).pathname;
const SCREENSHOTS = [join(REPO_ROOT, "artifacts/explorer.png")];
// The README's picture (the seeds) is refreshed only on request: a test run leaves the tracked tree alone.
const SEED_SCREENSHOTS = [
  join(REPO_ROOT, "artifacts/explorer-seeds.png"),
  ...(process.env.NEWSGRAPH_UPDATE_SCREENSHOT ? [join(REPO_ROOT, "docs/explorer.png")] : []),
];

const browserMissing = !existsSync(CHROMIUM);
const skip = browserMissing && !process.env.CI;
if (skip) {
  process.stderr.write(
    `[explorer test] SKIPPED: ${CHROMIUM} is not installed (apt-get install chromium). In CI this fails instead.\n`,
  );
}

/** Headless Chromium with a throw-away profile; `close` removes the profile too. */
async function launchBrowser(
  pageErrors: string[],
): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "newsgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

describe.skipIf(skip)("the explorer page in headless Chromium", () => {
  let driver: Driver;
  let server: RunningServer;
  let closeBrowser: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (browserMissing) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package`);
    driver = connectTestDriver();
    await clearDatabase(driver);
    await writeVizFixture(driver, testConnection().database);
    server = await serveNewsgraph(driver, testConnection().database);
    ({ context, page, close: closeBrowser } = await launchBrowser(pageErrors));
    // Offline by construction: anything not from our server is refused and remembered.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) await route.continue();
      else {
        foreignRequests.push(url);
        await route.abort();
      }
    });
  });

  afterAll(async () => {
    await closeBrowser();
    await server.close();
    await driver.close();
  });

  const timelineIds = () =>
    page
      .locator("#timeline .timeline-event")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-event-id")));

  async function clickActor(actorId: string): Promise<void> {
    const position = await page.evaluate(
      (id) => window.newsgraphExplorer?.network.nodePosition(id) ?? null,
      actorId,
    );
    const box = await page.locator("#network").boundingBox();
    if (!position || !box) throw new Error(`actor ${actorId} is not drawn`);
    await page.mouse.click(box.x + position.x, box.y + position.y);
  }

  it("loads the network, the timeline with undated events apart, and the map, all from our server", async () => {
    await page.goto(`${server.url}/explore`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    expect(await page.locator("#network canvas").count()).toBeGreaterThan(0);
    expect(await page.locator("#timeline .timeline-day h3").first().textContent()).toBe("7 October 2023");
    expect(await page.locator("#timeline-undated h3").textContent()).toBe("Undated (1)");
    expect(await page.locator("#timeline-undated .timeline-event").getAttribute("data-event-id")).toBe(
      "event-undated",
    );
    expect(await timelineIds()).toHaveLength(7);
    expect(await page.locator("#map path.country").count()).toBeGreaterThan(100);
    expect(await page.locator("#map circle.place").count()).toBe(4);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("clicking an actor in the network filters the timeline and the map to its events", async () => {
    await clickActor("actor-kirby");
    await expect.poll(() => page.locator("#selected-actor").textContent()).toBe("John Kirby");
    expect(await timelineIds()).toEqual(["event-statement-1106", "event-statement-1107"]);
    expect(await page.locator("#timeline-undated").count()).toBe(0);
    const places = await page
      .locator("#map circle.place")
      .evaluateAll((circles) => circles.map((c) => c.getAttribute("data-place-id")));
    expect(places).toEqual(["place-washington"]);
  });

  it("clicking an event shows its participants, quotes and source articles", async () => {
    await page.locator('[data-event-id="event-statement-1107"]').click();
    const details = page.locator("#details");
    await expect.poll(() => details.locator("h2").textContent()).toBe("statement: 7 November 2023");
    expect(await details.locator(".participants li").allTextContents()).toEqual([
      "Israel (target)",
      "John Kirby (speaker)",
    ]);
    expect(await details.locator(".quote").textContent()).toContain("“Israel has agreed to consider them”");
    expect(await details.locator(".sources a").getAttribute("href")).toBe("https://example.com/icaro/kirby");
  });

  it("another actor, then back to everyone; the screenshot shows the whole November picture", async () => {
    await clickActor("actor-biden");
    await expect.poll(() => page.locator("#selected-actor").textContent()).toBe("Joe Biden");
    expect(await timelineIds()).toEqual([
      "event-call-later",
      "event-call-1106",
      "event-statement-1106",
      "event-meeting-1108",
    ]);
    await page.locator("#clear-selection").click();
    await expect.poll(() => timelineIds()).toHaveLength(7);
    await page.locator('[data-event-id="event-call-1106"]').click();
    await expect.poll(() => page.locator("#details .sources li").count()).toBe(3);
    await page.mouse.move(0, 0); // no hover highlight in the picture
    for (const path of SCREENSHOTS) {
      await mkdir(join(path, ".."), { recursive: true });
      await page.screenshot({ path });
    }
    expect(existsSync(SCREENSHOTS[0] ?? "")).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("narrows what it loads to the page's query string, and shows a bad filter value", async () => {
    await page.goto(`${server.url}/explore?actor=Kirby&from=2023-11`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    expect(await timelineIds()).toEqual(["event-statement-1106", "event-statement-1107"]);
    await page.goto(`${server.url}/explore?cameo=abc`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.getAttribute("body", "data-ready")).toBe("error");
    expect(await page.locator("#status").textContent()).toContain('--cameo "abc"');
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(skip)("the explorer on the seed articles, extracted and imported for real", () => {
  let driver: Driver;
  let server: RunningServer;
  let closeBrowser: () => Promise<void>;
  let page: Page;
  const pageErrors: string[] = [];
  const database = () => testConnection().database;

  async function ids(cypher: string): Promise<string[]> {
    const { records } = await driver.executeQuery(cypher, {}, { database: database() });
    return records.map((record) => String(record.get("id"))).sort();
  }

  beforeAll(async () => {
    if (browserMissing) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package`);
    driver = connectTestDriver();
    await clearDatabase(driver);
    const seeds = await readInputs([join(REPO_ROOT, "import")]);
    const document = checkExtractionDocument(extractArticles(seeds.articles, seeds.diagnostics), "seeds");
    await importDocument(driver, document, { database: database() });
    server = await serveNewsgraph(driver, database());
    ({ page, close: closeBrowser } = await launchBrowser(pageErrors));
  });

  afterAll(async () => {
    await closeBrowser();
    await server.close();
    await clearDatabase(driver);
    await driver.close();
  });

  it("draws no label over another, spreads the network over its panel, and names the actor filter", async () => {
    await page.goto(`${server.url}/explore`);
    await page.waitForSelector("body[data-ready]");
    const boxes = await page.evaluate(() => window.newsgraphExplorer?.network.labelBoxes() ?? []);
    expect(boxes.length).toBeGreaterThan(5);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `"${a.label}" and "${b.label}" overlap`).toBe(true);
      }
    }
    const panel = await page.locator("#network").boundingBox();
    const spread = await page.evaluate(() => {
      const explorer = window.newsgraphExplorer;
      if (!explorer) return null;
      const points = explorer.state.data.network.nodes.map((node) => explorer.network.nodePosition(node.key));
      const xs = points.flatMap((p) => (p ? [p.x] : []));
      const ys = points.flatMap((p) => (p ? [p.y] : []));
      return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    });
    if (!panel || !spread) throw new Error("the network is not drawn");
    expect(spread.width / panel.width).toBeGreaterThan(0.5);
    expect(spread.height / panel.height).toBeGreaterThan(0.5);

    await page.goto(`${server.url}/explore?actor=Biden`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.locator("#selected-actor").textContent()).toBe("Biden");
    expect(await page.locator("#timeline .event-evidence").first().textContent()).toMatch(
      /^confidence \d\.\d\d · \d+ sources?$/,
    );
    expect(pageErrors).toEqual([]);
  });

  it("filters the November 2023 timeline to Kirby's events when Kirby is clicked, and pictures the network", async () => {
    await page.goto(`${server.url}/explore`);
    await page.waitForSelector("body[data-ready]");
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    const [kirby] = await ids("MATCH (a:Actor {name: 'John Kirby'}) RETURN a.id AS id");
    if (!kirby) throw new Error("the seeds have no John Kirby");
    // Dated and undated alike: the undated list is part of the timeline panel.
    const kirbys = await ids(
      "MATCH (:Actor {name: 'John Kirby'})-[:PARTICIPATED_IN]->(e:Event) RETURN e.id AS id",
    );
    expect(kirbys.length).toBeGreaterThan(1);

    const position = await page.evaluate(
      (id) => window.newsgraphExplorer?.network.nodePosition(id) ?? null,
      kirby,
    );
    const box = await page.locator("#network").boundingBox();
    if (!position || !box) throw new Error("Kirby is not drawn in the network");
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await expect.poll(() => page.locator("#selected-actor").textContent()).toBe("John Kirby");
    const shown = await page
      .locator("#timeline .timeline-event")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-event-id") ?? ""));
    expect([...shown].sort()).toEqual(kirbys);

    await page.locator("#clear-selection").click();
    const headings = await page.locator("#timeline .timeline-day h3").allTextContents();
    expect(headings).toContain("6 November 2023");
    const [call] = await ids(
      "MATCH (:Actor {name: 'Joe Biden'})-[:PARTICIPATED_IN]->(e:Event {type: 'call', date: date('2023-11-06')})<-[:PARTICIPATED_IN]-(:Actor {name: 'Benjamin Netanyahu'}) RETURN e.id AS id",
    );
    expect(call).toBeDefined();
    await page.locator(`[data-event-id="${call ?? ""}"]`).click();
    await expect.poll(() => page.locator("#details .sources li").count()).toBe(3);
    await page.mouse.move(0, 0);
    for (const path of SEED_SCREENSHOTS) {
      await mkdir(join(path, ".."), { recursive: true });
      await page.screenshot({ path });
    }
    expect(pageErrors).toEqual([]);
  });
});
