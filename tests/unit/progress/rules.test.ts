import { describe, expect, it } from "vitest";
import {
  type CatalogueMeasure,
  COMMITMENT_SIGNAL,
  FOCAL_POINT_MEASURE,
  measureStatuses,
  NETWORK_MEASURE,
  parliamentarySignal,
  type ProgressRecord,
} from "~/server/progress/rules";

const catalogue: CatalogueMeasure[] = [
  { id: "fp", slug: FOCAL_POINT_MEASURE, actor: "government", pillar: 1, key: true },
  { id: "net", slug: NETWORK_MEASURE, actor: "government", pillar: 2, key: true },
  { id: "rome", slug: "ratify-rome-statute", actor: "government", pillar: 1, key: true },
  { id: "oversight", slug: "parliamentary-oversight-of-atrocity-prevention", actor: "parliament", pillar: 1, key: true },
  { id: "cso", slug: "cso-monitoring", actor: "civil_society", pillar: 1, key: false },
];

let n = 0;
const rec = (over: Partial<ProgressRecord>): ProgressRecord => ({
  type: "commitment",
  id: `r${String(++n).padStart(3, "0")}`,
  date: "2020-01-01",
  publishedAt: "2026-01-01T00:00:00Z",
  status: null,
  kind: null,
  endedOn: null,
  network: false,
  measureIds: [],
  ...over,
});
const fp = (over: Partial<ProgressRecord>) => rec({ type: "focal_point", ...over });
const commitment = (status: string, over: Partial<ProgressRecord> = {}) => rec({ type: "commitment", status, kind: "pledge", measureIds: ["rome"], ...over });
const action = (kind: string, status: string, over: Partial<ProgressRecord> = {}) =>
  rec({ type: "parliamentary_action", kind, status, measureIds: ["rome"], ...over });

const statusOf = (records: ProgressRecord[], measureId: string, asOf = "2026-06-01") =>
  measureStatuses(records, catalogue, asOf).find((s) => s.measureId === measureId) ?? null;

describe("focal-point rule", () => {
  it("an appointment in force implements the focal-point measure, since its date, with it as evidence", () => {
    const a = fp({ date: "2016-03-01" });
    expect(statusOf([a], "fp")).toEqual({ measureId: "fp", status: "implemented", since: "2016-03-01", evidence: [{ type: "focal_point", id: a.id }] });
  });

  it("implements the network measure only for a network member", () => {
    expect(statusOf([fp({ network: false })], "net")).toBeNull();
    expect(statusOf([fp({ network: true })], "net")?.status).toBe("implemented");
  });

  it("an appointment that ended with no successor regresses the measure, since the day it ended", () => {
    const a = fp({ date: "2016-03-01", endedOn: "2021-06-30", network: true });
    expect(statusOf([a], "fp")).toEqual({ measureId: "fp", status: "regressed", since: "2021-06-30", evidence: [{ type: "focal_point", id: a.id }] });
    expect(statusOf([a], "net")?.status).toBe("regressed");
  });

  it("an ending is still in force on its last day only before it (endedOn is the first day without)", () => {
    const a = fp({ date: "2016-03-01", endedOn: "2021-06-30" });
    expect(statusOf([a], "fp", "2021-06-29")?.status).toBe("implemented");
    expect(statusOf([a], "fp", "2021-06-30")?.status).toBe("regressed");
  });

  it("a handover keeps it implemented since the first appointment of the uninterrupted cover", () => {
    const a = fp({ date: "2016-03-01", endedOn: "2021-06-30" });
    const b = fp({ date: "2021-06-30" });
    expect(statusOf([a, b], "fp")).toEqual({ measureId: "fp", status: "implemented", since: "2016-03-01", evidence: [{ type: "focal_point", id: b.id }] });
  });

  it("a vacancy, then a new appointment: regressed in the gap, implemented again since the new one", () => {
    const a = fp({ date: "2016-03-01", endedOn: "2021-06-30" });
    const b = fp({ date: "2022-02-01" });
    expect(statusOf([a, b], "fp", "2021-12-31")?.status).toBe("regressed");
    expect(statusOf([a, b], "fp")).toMatchObject({ status: "implemented", since: "2022-02-01" });
  });

  it("the network measure regresses when a networked focal point is succeeded by one outside the network", () => {
    const a = fp({ date: "2016-03-01", endedOn: "2021-06-30", network: true });
    const b = fp({ date: "2021-06-30", network: false });
    expect(statusOf([a, b], "fp")?.status).toBe("implemented");
    expect(statusOf([a, b], "net")).toMatchObject({ status: "regressed", since: "2021-06-30" });
  });

  it("while a focal point is in office nothing else lowers the measure (a withdrawn pledge included)", () => {
    const a = fp({ date: "2016-03-01" });
    const w = commitment("withdrawn", { date: "2024-01-01", measureIds: ["fp"] });
    expect(statusOf([a, w], "fp")?.status).toBe("implemented");
  });

  it("a pledge to appoint after a vacancy counts: committed", () => {
    const a = fp({ date: "2016-03-01", endedOn: "2021-06-30" });
    const p = commitment("announced", { date: "2023-01-01", measureIds: ["fp"] });
    expect(statusOf([a, p], "fp")).toMatchObject({ status: "committed", since: "2023-01-01", evidence: [{ type: "commitment", id: p.id }] });
  });

  it("a focal-point record speaks only to the focal-point measures, whatever else it links", () => {
    expect(statusOf([fp({ measureIds: ["rome"] })], "rome")).toBeNull();
  });

  it("lists all appointments in force as evidence", () => {
    const a = fp({ date: "2016-03-01" });
    const b = fp({ date: "2019-01-01" });
    expect(statusOf([b, a], "fp")?.evidence).toEqual([
      { type: "focal_point", id: a.id },
      { type: "focal_point", id: b.id },
    ]);
  });
});

describe("commitment rule", () => {
  it.each([
    ["announced", "committed"],
    ["stalled", "committed"],
    ["in_progress", "in_progress"],
    ["fulfilled", "implemented"],
    ["withdrawn", "regressed"],
  ])("%s → %s", (status, expected) => {
    expect(COMMITMENT_SIGNAL[status]).toBe(expected);
    expect(statusOf([commitment(status)], "rome")?.status).toBe(expected);
  });

  it("applies to every measure it links", () => {
    const c = commitment("fulfilled", { measureIds: ["rome", "oversight"] });
    expect(measureStatuses([c], catalogue, "2026-01-01").map((s) => [s.measureId, s.status])).toEqual([
      ["rome", "implemented"],
      ["oversight", "implemented"],
    ]);
  });

  it("ignores links to measures outside the catalogue (deleted) and an unknown status", () => {
    expect(measureStatuses([commitment("fulfilled", { measureIds: ["gone"] }), commitment("mystery")], catalogue, "2026-01-01")).toEqual([]);
  });
});

describe("parliamentary-action rule", () => {
  it.each([
    ["law_adopted", "adopted", "government", "implemented"],
    ["budget_line", "completed", "government", "implemented"],
    ["caucus_formed", "ongoing", "parliament", "implemented"],
    ["bill_introduced", "ongoing", "government", "in_progress"],
    ["bill_introduced", "adopted", "government", "implemented"],
    ["resolution", "adopted", "government", "in_progress"],
    ["motion", "ongoing", "government", "in_progress"],
    ["law_adopted", "planned", "government", "committed"],
    ["bill_introduced", "planned", "government", "committed"],
    ["bill_introduced", "rejected", "government", "regressed"],
    ["law_adopted", "rejected", "government", "regressed"],
    ["hearing", "completed", "parliament", "in_progress"],
    ["debate", "ongoing", "parliament", "in_progress"],
    ["question", "completed", "government", null],
    ["committee_report", "completed", "government", null],
    ["statement", "completed", "parliament", "in_progress"],
    ["hearing", "planned", "parliament", null],
    ["hearing", "rejected", "parliament", null],
    ["unknown_kind", "completed", "parliament", null],
  ])("%s (%s) on a %s measure → %s", (kind, status, actor, expected) => {
    expect(parliamentarySignal(kind, status, actor)).toBe(expected);
  });

  it("a hearing moves a parliament measure but not a government one it links", () => {
    const h = action("hearing", "completed", { measureIds: ["rome", "oversight"] });
    expect(measureStatuses([h], catalogue, "2026-01-01").map((s) => [s.measureId, s.status])).toEqual([["oversight", "in_progress"]]);
  });
});

describe("latest evidence wins", () => {
  it("a later regression (withdrawn) lowers an implemented measure; the regression is the evidence", () => {
    const f = commitment("fulfilled", { date: "2018-01-01" });
    const w = commitment("withdrawn", { date: "2020-01-01" });
    expect(statusOf([w, f], "rome")).toMatchObject({ status: "regressed", since: "2020-01-01", evidence: [{ type: "commitment", id: w.id }] });
  });

  it("a bill rejected after it was introduced regresses; a new bill after that is in progress again", () => {
    const intro = action("bill_introduced", "ongoing", { date: "2019-01-01" });
    const rejected = action("bill_introduced", "rejected", { date: "2020-01-01" });
    const again = action("bill_introduced", "ongoing", { date: "2022-01-01" });
    expect(statusOf([intro, rejected], "rome")?.status).toBe("regressed");
    expect(statusOf([intro, rejected, again], "rome")).toMatchObject({ status: "in_progress", since: "2022-01-01", evidence: [{ type: "parliamentary_action", id: again.id }] });
  });

  it("weaker positive evidence after progress changes nothing (a new pledge does not undo a ratification)", () => {
    const f = commitment("fulfilled", { date: "2002-01-01" });
    const p = commitment("announced", { date: "2020-01-01" });
    const wip = action("bill_introduced", "ongoing", { date: "2021-01-01" });
    expect(statusOf([f, p, wip], "rome")).toMatchObject({ status: "implemented", since: "2002-01-01", evidence: [{ type: "commitment", id: f.id }] });
  });

  it("stronger evidence raises the status; its date becomes `since`", () => {
    const p = commitment("announced", { date: "2018-01-01" });
    const wip = commitment("in_progress", { date: "2019-05-01" });
    const done = action("law_adopted", "adopted", { date: "2021-07-01" });
    expect(statusOf([p], "rome")).toMatchObject({ status: "committed", since: "2018-01-01" });
    expect(statusOf([p, wip], "rome")).toMatchObject({ status: "in_progress", since: "2019-05-01" });
    expect(statusOf([done, wip, p], "rome")).toMatchObject({ status: "implemented", since: "2021-07-01", evidence: [{ type: "parliamentary_action", id: done.id }] });
  });

  it("later records saying the same are added to the evidence, in order", () => {
    const a = commitment("fulfilled", { date: "2018-01-01" });
    const b = action("law_adopted", "adopted", { date: "2019-01-01" });
    expect(statusOf([b, a], "rome")?.evidence).toEqual([
      { type: "commitment", id: a.id },
      { type: "parliamentary_action", id: b.id },
    ]);
  });

  it("ties on date are broken by publishedAt, then by id: the later one wins", () => {
    const fulfilled = commitment("fulfilled", { date: "2020-01-01", publishedAt: "2026-01-02T00:00:00Z" });
    const withdrawn = commitment("withdrawn", { date: "2020-01-01", publishedAt: "2026-01-01T00:00:00Z" });
    expect(statusOf([fulfilled, withdrawn], "rome")?.status).toBe("implemented");
    expect(statusOf([{ ...withdrawn, publishedAt: "2026-01-03T00:00:00Z" }, fulfilled], "rome")?.status).toBe("regressed");

    const first = commitment("withdrawn", { id: "a", date: "2020-01-01", publishedAt: "2026-01-01T00:00:00Z" });
    const second = commitment("fulfilled", { id: "b", date: "2020-01-01", publishedAt: new Date("2026-01-01T00:00:00Z") });
    expect(statusOf([second, first], "rome")?.status).toBe("implemented");
    expect(statusOf([{ ...second, status: "withdrawn" }, { ...first, status: "fulfilled" }], "rome")?.status).toBe("regressed");
  });
});

describe("as of a date", () => {
  const pledge = commitment("announced", { date: "2015-01-01" });
  const law = action("law_adopted", "adopted", { date: "2019-06-01" });
  const withdrawn = commitment("withdrawn", { date: "2023-03-01" });
  const all = [pledge, law, withdrawn];

  it("ignores records dated after the date", () => {
    expect(statusOf(all, "rome", "2014-12-31")).toBeNull();
    expect(statusOf(all, "rome", "2015-01-01")?.status).toBe("committed");
    expect(statusOf(all, "rome", "2019-05-31")?.status).toBe("committed");
    expect(statusOf(all, "rome", "2019-06-01")?.status).toBe("implemented");
    expect(statusOf(all, "rome", "2023-02-28")?.status).toBe("implemented");
    expect(statusOf(all, "rome", "2023-03-01")?.status).toBe("regressed");
  });

  it("a focal point appointed after the date does not count; one ending after it is still in office", () => {
    const a = fp({ date: "2020-01-01", endedOn: "2024-01-01" });
    expect(statusOf([a], "fp", "2019-12-31")).toBeNull();
    expect(statusOf([a], "fp", "2023-12-31")?.status).toBe("implemented");
    expect(statusOf([a], "fp", "2025-01-01")?.status).toBe("regressed");
  });

  it("the result does not depend on the order of the input", () => {
    expect(measureStatuses([...all].reverse(), catalogue, "2026-01-01")).toEqual(measureStatuses(all, catalogue, "2026-01-01"));
  });

  it("returns statuses in catalogue order and only for measures with a status", () => {
    const out = measureStatuses([commitment("fulfilled", { measureIds: ["cso", "rome"] }), fp({})], catalogue, "2026-01-01");
    expect(out.map((s) => s.measureId)).toEqual(["fp", "rome", "cso"]);
  });
});
