import { describe, expect, it } from "vitest";
import { lineProgress, progressLine } from "./progress.js";

describe("progressLine", () => {
  it("gives counts, percentage and the rate of this run", () => {
    expect(progressLine(500, 1000, 2000, 400)).toBe("import: 500/1000 articles (50%), 200 articles/s");
    expect(progressLine(0, 0, 0, 0)).toBe("import: 0/0 articles (100%), 0 articles/s");
  });
});

describe("lineProgress", () => {
  it("writes the first line, at most one per interval, and the last", () => {
    const lines: string[] = [];
    let now = 0;
    const progress = lineProgress({ write: (line) => lines.push(line), intervalMs: 1000, now: () => now });
    progress.start(100, 10);
    now = 500;
    progress.advance(20);
    now = 1500;
    progress.advance(40);
    now = 1600;
    progress.advance(100);
    progress.stop();
    expect(lines).toEqual([
      "import: 10/100 articles (10%), 0 articles/s",
      "import: 40/100 articles (40%), 20 articles/s",
      "import: 100/100 articles (100%), 56 articles/s",
    ]);
  });
});
