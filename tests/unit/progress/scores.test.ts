import { describe, expect, it } from "vitest";
import { type CatalogueMeasure, countryProgress, isApplicable, progressScores } from "~/server/progress/rules";

const m = (id: string, actor: string, pillar: number | null): CatalogueMeasure => ({ id, slug: id, actor, pillar, key: false });
const catalogue = [
  m("g1", "government", 1),
  m("g2", "government", 1),
  m("g3", "government", 2),
  m("g4", "government", null),
  m("p1", "parliament", 1),
  m("p3", "parliament", 3),
  m("c1", "civil_society", 1),
  m("u1", "un_system", 3),
];

describe("scores", () => {
  it("apply to measures addressed to governments and parliaments only", () => {
    expect(catalogue.filter(isApplicable).map((x) => x.id)).toEqual(["g1", "g2", "g3", "g4", "p1", "p3"]);
  });

  it("are zero with no statuses; a pillar or actor with nothing applicable is null", () => {
    expect(progressScores([], catalogue)).toEqual({ overall: 0, byPillar: { 1: 0, 2: 0, 3: 0 }, byActor: { government: 0, parliament: 0 } });
    expect(progressScores([], [m("g1", "government", 1)])).toEqual({
      overall: 0,
      byPillar: { 1: 0, 2: null, 3: null },
      byActor: { government: 0, parliament: null },
    });
  });

  it("count implemented as one, in progress as a half, committed and regressed as nothing", () => {
    const scores = progressScores(
      [
        { measureId: "g1", status: "implemented" },
        { measureId: "g2", status: "in_progress" },
        { measureId: "g3", status: "committed" },
        { measureId: "g4", status: "implemented" },
        { measureId: "p1", status: "regressed" },
        { measureId: "p3", status: "in_progress" },
        { measureId: "c1", status: "implemented" }, // not applicable: no effect
      ],
      catalogue,
    );
    // overall: (1 + 0.5 + 0 + 1 + 0 + 0.5) / 6 = 0.5
    expect(scores.overall).toBe(0.5);
    // pillar 1: g1, g2, p1 → 1.5 / 3; pillar 2: g3 → 0; pillar 3: p3 → 0.5 (g4 has no pillar: overall only)
    expect(scores.byPillar).toEqual({ 1: 0.5, 2: 0, 3: 0.5 });
    // government: g1..g4 → 2.5 / 4; parliament: p1, p3 → 0.5 / 2
    expect(scores.byActor).toEqual({ government: 0.625, parliament: 0.25 });
  });

  it("are rounded to four decimals", () => {
    const three = [m("a", "government", 1), m("b", "government", 1), m("c", "government", 1)];
    expect(progressScores([{ measureId: "a", status: "implemented" }], three).overall).toBe(0.3333);
  });

  it("come with the statuses from countryProgress", () => {
    const out = countryProgress(
      [{ type: "commitment", id: "x", date: "2020-01-01", publishedAt: null, status: "fulfilled", kind: "pledge", endedOn: null, network: false, measureIds: ["g1", "g2"] }],
      catalogue,
      "2026-01-01",
    );
    expect(out.statuses).toHaveLength(2);
    expect(out.scores.overall).toBe(0.3333);
    expect(out.scores.byActor.government).toBe(0.5);
  });
});
