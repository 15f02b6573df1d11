import { describe, expect, it } from "vitest";
import { NO_DATA_COLOUR, SCORE_STEPS, scoreColour, scoreStep, STATUS_STYLE, statusFill } from "~/components/map/map-colours";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "~/components/map/world-geometry";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";

describe("world map geometry", () => {
  it("projects a path for at least 170 countries, keyed by 3-digit numeric code", () => {
    const shapes = worldShapes();
    const coded = shapes.filter((s) => s.m49);
    expect(coded.length).toBeGreaterThanOrEqual(170);
    for (const s of coded) expect(s.m49).toMatch(/^\d{3}$/);
    expect(shapes.find((s) => s.m49 === "404")?.d).toMatch(/^M/); // Kenya
    expect(shapes.some((s) => s.label === "Antarctica")).toBe(false);
  });

  it("keeps every coordinate whole and inside the frame", () => {
    const numbers = worldShapes().flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []);
    expect(numbers.every((n) => !n.includes("."))).toBe(true);
    const values = numbers.map(Number);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(Math.max(MAP_WIDTH, MAP_HEIGHT));
  });

  it("is computed once per process", () => {
    expect(worldShapes()).toBe(worldShapes());
  });

  it("stays small enough to inline", () => {
    const bytes = worldShapes().reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(100_000);
  });
});

describe("map colours", () => {
  it("puts scores in five steps, the top one including 1", () => {
    expect(SCORE_STEPS).toHaveLength(5);
    expect([0, 0.19, 0.2, 0.59, 0.6, 0.99, 1].map(scoreStep)).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(scoreStep(-1)).toBe(0);
    expect(scoreStep(Number.NaN)).toBe(0);
  });

  it("gives a colour per step, grey for no score", () => {
    expect(scoreColour(null)).toBe(NO_DATA_COLOUR);
    expect(scoreColour(0.9)).toBe(SCORE_STEPS[4].colour);
    expect(new Set(SCORE_STEPS.map((s) => s.colour)).size).toBe(5);
  });

  it("draws every status distinctly, with a pattern where colour alone could mislead", () => {
    const fills = PROGRESS_STATUSES.map(statusFill);
    expect(new Set(fills).size).toBe(PROGRESS_STATUSES.length);
    expect(statusFill("committed")).toBe("url(#map-dots-committed)");
    expect(statusFill("implemented")).toBe(STATUS_STYLE.implemented.colour);
    expect(statusFill("none")).toBe(NO_DATA_COLOUR);
  });
});
