// The load fixture's pure parts: the seeded PRNG, the distributions, the row builders and COPY
// escaping. Determinism matters: two benchmark runs must load the same data.
import { describe, expect, it } from "vitest";
import { copyCell, copyLine } from "~/tests/load/fixture/copy";
import { createRng, cumulative, drawDate, zipfWeights } from "~/tests/load/fixture/prng";
import {
  auditRows,
  buildActions,
  buildPeople,
  buildRecords,
  COLUMNS,
  countryPicker,
  drawReviewStatus,
  type FixtureReference,
  sizeAt,
} from "~/tests/load/fixture/rows";

const ref: FixtureReference = {
  countries: Array.from({ length: 195 }, (_, i) => `C${String(i).padStart(2, "0")}`),
  measures: [
    { id: "m-gov", actor: "government", slug: "adopt-national-plan" },
    { id: "m-par", actor: "parliament", slug: "parliament-hearing" },
    { id: "m-fp", actor: "government", slug: "appoint-national-r2p-focal-point" },
  ],
  unitIds: ["u1", "u2"],
};

describe("PRNG", () => {
  it("gives the same sequence for the same seed and a different one for another", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("makes valid, distinct version-4 UUIDs", () => {
    const rng = createRng(1);
    const ids = Array.from({ length: 1000 }, () => rng.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1000);
  });

  it("draws weighted indexes in proportion to their weights", () => {
    const rng = createRng(7);
    const cum = cumulative([1, 3]);
    let ones = 0;
    for (let i = 0; i < 10_000; i++) ones += rng.weighted(cum);
    expect(ones / 10_000).toBeGreaterThan(0.72);
    expect(ones / 10_000).toBeLessThan(0.78);
  });
});

describe("distributions", () => {
  it("makes a few countries busy and most quiet", () => {
    const rng = createRng(3);
    const picker = countryPicker(rng, ref.countries);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const c = picker.pick();
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top5 = sorted.slice(0, 5).reduce((s, n) => s + n, 0);
    expect(top5 / 20_000).toBeGreaterThan(0.25); // Zipf: the five busiest carry a large share
    expect(sorted.at(-1)!).toBeLessThan(sorted[0]! / 50);
    expect(picker.busiest[0]).toBe([...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
    expect(zipfWeights(3)[0]).toBe(1);
  });

  it("spreads dates over 2009–2026, more of them recent", () => {
    const rng = createRng(5);
    const years = Array.from({ length: 5000 }, () => Number(drawDate(rng).slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2009);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    const recent = years.filter((y) => y >= 2018).length;
    expect(recent).toBeGreaterThan(years.length / 2);
  });

  it("publishes most records", () => {
    const rng = createRng(9);
    const published = Array.from({ length: 5000 }, () => drawReviewStatus(rng)).filter((s) => s === "published").length;
    expect(published / 5000).toBeGreaterThan(0.85);
    expect(published / 5000).toBeLessThan(0.91);
  });

  it("scales the full size and never drops a table to zero", () => {
    expect(sizeAt(1).actions).toBe(100_000);
    expect(sizeAt(1).auditEvents).toBe(1_000_000);
    expect(sizeAt(0.05).commitments).toBe(1500);
    expect(sizeAt(0.000001).organizations).toBe(1);
  });
});

describe("row builders", () => {
  const build = (seed: number) => {
    const rng = createRng(seed);
    const picker = countryPicker(rng, ref.countries);
    const size = sizeAt(0.01);
    const people = buildPeople(rng, size, picker.pick);
    const actions = buildActions(rng, size.actions, people, ref, picker.pick);
    const records = buildRecords(rng, { commitment: 50, focal_point: 10, parliamentary_action: 40 }, people, ref, picker.pick);
    return { people, actions, records, rng };
  };

  it("is deterministic for a seed", () => {
    expect(build(11).actions.actions).toEqual(build(11).actions.actions);
    expect(build(11).records.records).toEqual(build(11).records.records);
  });

  it("fills every column, in order, and links only existing rows", () => {
    const { people, actions, records } = build(12);
    for (const r of people.organizations) expect(r).toHaveLength(COLUMNS.organization.length);
    for (const r of people.users) expect(r).toHaveLength(COLUMNS.user.length);
    for (const r of actions.actions) expect(r).toHaveLength(COLUMNS.advocacy_action.length);
    for (const r of records.records) expect(r).toHaveLength(COLUMNS.record.length);
    const actionIds = new Set(actions.actions.map((a) => a[0]));
    for (const l of [...actions.countries, ...actions.measures, ...actions.authors]) expect(actionIds.has(l[0] as string)).toBe(true);
    const orgIds = new Set(people.organizations.map((o) => o[0]));
    for (const a of actions.actions) expect(orgIds.has(a[1] as string)).toBe(true);
    const visibilities = new Set(actions.actions.map((a) => a[9]));
    expect(visibilities).toEqual(new Set(["organization", "coalition", "public"]));
    // Links are unique per pair (they are primary keys).
    const pairs = actions.measures.map((l) => `${l[0]} ${l[1]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("links records to measures of the right actor, and only published records carry a publication date", () => {
    const { records } = build(13);
    const typeOf = new Map(records.records.map((r) => [r[0], r[1]]));
    for (const [recordId, measureId] of records.measures) {
      const type = typeOf.get(recordId);
      if (type === "parliamentary_action") expect(measureId).toBe("m-par");
      if (type === "focal_point") expect(measureId).toBe("m-fp");
    }
    const published = COLUMNS.record.indexOf("published_at");
    for (const r of records.records) expect(r[2] === "published").toBe(r[published] !== null);
  });

  it("streams audit events about existing users and entities", () => {
    const rng = createRng(14);
    const rows = [...auditRows(rng, 100, ["u-a", "u-b"], ["e-1"])];
    expect(rows).toHaveLength(100);
    for (const r of rows) {
      expect(r).toHaveLength(COLUMNS.audit_event.length);
      expect(["u-a", "u-b"]).toContain(r[0]);
      expect(r[2] === "user" ? r[3] === r[0] : r[3] === "e-1").toBe(true);
    }
  });
});

describe("COPY text format", () => {
  it("escapes tabs, newlines and backslashes, and writes null as \\N", () => {
    expect(copyCell(null)).toBe("\\N");
    expect(copyCell(true)).toBe("t");
    expect(copyCell("a\tb\nc\\d")).toBe("a\\tb\\nc\\\\d");
    expect(copyCell({ a: 1 })).toBe('{"a":1}');
    expect(copyLine(["x", 1, null])).toBe("x\t1\t\\N\n");
  });
});
