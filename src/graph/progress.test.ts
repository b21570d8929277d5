import { describe, expect, it } from "vitest";
import { finishLine, lineProgress, progressLine } from "./progress.js";

describe("progressLine", () => {
  it("gives counts, percentage and the rate of this run", () => {
    expect(progressLine(500, 1000, 2000, 400)).toBe("import: 500/1000 articles (50%), 200 articles/s");
    expect(progressLine(3, 10, 2000, 3)).toBe("import: 3/10 articles (30%), 1.5 articles/s");
  });

  it("gives no rate before anything is loaded, rather than 0 articles/s", () => {
    expect(progressLine(0, 0, 0, 0)).toBe("import: 0/0 articles (100%)");
    expect(progressLine(10, 100, 500, 0)).toBe("import: 10/100 articles (10%)");
  });
});

describe("finishLine", () => {
  it("says how long the run took, and when there was nothing new", () => {
    expect(finishLine(100, 100, 1600, 90)).toBe("import: 100/100 articles (100%), 56 articles/s in 1.6 s");
    expect(finishLine(5, 5, 200, 0)).toBe("import: 5/5 articles, nothing new to load (0.2 s)");
  });
});

describe("lineProgress", () => {
  it("writes the first line, at most one per interval, and the closing line", () => {
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
      "import: 10/100 articles (10%)",
      "import: 40/100 articles (40%), 20 articles/s",
      "import: 100/100 articles (100%), 56 articles/s in 1.6 s",
    ]);
  });
});
