// The progress rules over dated status histories (decision 025): each record speaks through its
// published status events up to the "as of" date.
import { describe, expect, it } from "vitest";
import { type CatalogueMeasure, measureStatuses, type ProgressRecord, type ProgressStatusEvent } from "~/server/progress/rules";

const catalogue: CatalogueMeasure[] = [
  { id: "rome", slug: "ratify-rome-statute", actor: "government", pillar: 1, key: true },
  { id: "oversight", slug: "parliamentary-oversight-of-atrocity-prevention", actor: "parliament", pillar: 1, key: true },
];

let n = 0;
const ev = (date: string, status: string, publishedAt = "2026-01-01T00:00:00Z"): ProgressStatusEvent => ({
  id: `e${String(++n).padStart(3, "0")}`,
  date,
  status,
  publishedAt,
});
const rec = (type: ProgressRecord["type"], events: ProgressStatusEvent[], over: Partial<ProgressRecord> = {}): ProgressRecord => ({
  type,
  id: `r${String(++n).padStart(3, "0")}`,
  date: events[0]?.date ?? "2019-01-01",
  publishedAt: "2026-01-01T00:00:00Z",
  // The record's own status is its latest: the rules must not read it when it has events.
  status: events.at(-1)?.status ?? null,
  kind: type === "commitment" ? "pledge" : "bill_introduced",
  endedOn: null,
  network: false,
  measureIds: ["rome"],
  events,
  ...over,
});
const pledge = (...events: ProgressStatusEvent[]) => rec("commitment", events);
const bill = (...events: ProgressStatusEvent[]) => rec("parliamentary_action", events);

const at = (records: ProgressRecord[], asOf: string, measureId = "rome") =>
  measureStatuses(records, catalogue, asOf).find((s) => s.measureId === measureId) ?? null;

describe("a commitment's history gives each past date its own status", () => {
  const p = pledge(ev("2019-03-01", "announced"), ev("2021-06-15", "in_progress"), ev("2024-02-01", "fulfilled"));

  it("announced in 2019, in progress in 2021, fulfilled in 2024 — each with its own since", () => {
    expect(at([p], "2018-12-31")).toBeNull();
    expect(at([p], "2020-01-01")).toMatchObject({ status: "committed", since: "2019-03-01", evidence: [{ type: "commitment", id: p.id }] });
    expect(at([p], "2022-01-01")).toMatchObject({ status: "in_progress", since: "2021-06-15" });
    expect(at([p], "2025-01-01")).toMatchObject({ status: "implemented", since: "2024-02-01", evidence: [{ type: "commitment", id: p.id }] });
  });

  it("a record without events is read from its own status at its own date (as before)", () => {
    const legacy = rec("commitment", [], { date: "2019-03-01", status: "fulfilled" });
    expect(at([legacy], "2020-01-01")).toMatchObject({ status: "implemented", since: "2019-03-01" });
  });
});

describe("regressions", () => {
  it("a bill introduced then rejected regresses the measure from the day of the vote", () => {
    const b = bill(ev("2020-05-01", "ongoing"), ev("2022-11-03", "rejected"));
    expect(at([b], "2021-01-01")).toMatchObject({ status: "in_progress", since: "2020-05-01" });
    expect(at([b], "2023-01-01")).toMatchObject({ status: "regressed", since: "2022-11-03", evidence: [{ type: "parliamentary_action", id: b.id }] });
  });

  it("a withdrawn pledge regresses even a measure another record implemented, and a later event counts again", () => {
    const law = rec("parliamentary_action", [ev("2018-01-01", "completed")], { kind: "law_adopted" });
    const p = pledge(ev("2019-01-01", "announced"), ev("2021-01-01", "withdrawn"), ev("2023-01-01", "announced"));
    expect(at([law, p], "2020-01-01")?.status).toBe("implemented");
    expect(at([law, p], "2022-01-01")).toMatchObject({ status: "regressed", since: "2021-01-01" });
    expect(at([law, p], "2024-01-01")).toMatchObject({ status: "committed", since: "2023-01-01" });
  });
});

describe("reversals: a record that decided the status says less later", () => {
  it("fulfilled then back in progress: the status falls with it when nothing else holds it", () => {
    const p = pledge(ev("2019-01-01", "fulfilled"), ev("2022-01-01", "in_progress"));
    expect(at([p], "2021-01-01")?.status).toBe("implemented");
    expect(at([p], "2023-01-01")).toMatchObject({ status: "in_progress", since: "2022-01-01", evidence: [{ type: "commitment", id: p.id }] });
  });

  it("in progress then stalled: back to committed (the promise stands, the work stopped)", () => {
    const p = pledge(ev("2019-01-01", "in_progress"), ev("2020-09-09", "stalled"));
    expect(at([p], "2021-01-01")).toMatchObject({ status: "committed", since: "2020-09-09" });
  });

  it("when another record still implements the measure, a reversal only drops the reversing record from the evidence", () => {
    const law = rec("parliamentary_action", [ev("2018-01-01", "completed")], { kind: "law_adopted" });
    const p = pledge(ev("2019-01-01", "fulfilled"), ev("2022-01-01", "in_progress"));
    expect(at([law, p], "2020-01-01")?.evidence).toEqual([
      { type: "parliamentary_action", id: law.id },
      { type: "commitment", id: p.id },
    ]);
    expect(at([law, p], "2023-01-01")).toEqual({ measureId: "rome", status: "implemented", since: "2018-01-01", evidence: [{ type: "parliamentary_action", id: law.id }] });
  });

  it("a weaker word from a record that did not decide the status changes nothing", () => {
    const law = rec("parliamentary_action", [ev("2018-01-01", "completed")], { kind: "law_adopted" });
    const p = pledge(ev("2019-01-01", "announced"), ev("2020-01-01", "stalled"));
    expect(at([law, p], "2021-01-01")).toMatchObject({ status: "implemented", since: "2018-01-01" });
  });
});

describe("ties", () => {
  it("two events of one record on the same day: the later published wins", () => {
    const p = pledge(ev("2020-01-01", "announced", "2026-01-01T00:00:00Z"), ev("2021-05-05", "withdrawn", "2026-02-01T00:00:00Z"), ev("2021-05-05", "in_progress", "2026-03-01T00:00:00Z"));
    expect(at([p], "2022-01-01")).toMatchObject({ status: "in_progress", since: "2021-05-05" });
    const q = pledge(ev("2020-01-01", "announced", "2026-01-01T00:00:00Z"), ev("2021-05-05", "in_progress", "2026-02-01T00:00:00Z"), ev("2021-05-05", "withdrawn", "2026-03-01T00:00:00Z"));
    expect(at([q], "2022-01-01")).toMatchObject({ status: "regressed", since: "2021-05-05" });
  });

  it("the same status said twice by one record is one piece of evidence", () => {
    const p = pledge(ev("2020-01-01", "in_progress"), ev("2021-01-01", "in_progress"));
    expect(at([p], "2022-01-01")).toMatchObject({ status: "in_progress", since: "2020-01-01", evidence: [{ type: "commitment", id: p.id }] });
  });
});

describe("future-dated events", () => {
  it("count only from their own date: today's view ignores a vote scheduled next year", () => {
    const b = bill(ev("2025-01-01", "ongoing"), ev("2027-03-01", "adopted"));
    expect(at([b], "2026-06-01")).toMatchObject({ status: "in_progress", since: "2025-01-01" });
    expect(at([b], "2027-03-01")).toMatchObject({ status: "implemented", since: "2027-03-01" });
  });

  it("a deliberative action's history is no signal except for measures addressed to parliament", () => {
    const hearing = rec("parliamentary_action", [ev("2020-01-01", "planned"), ev("2020-06-01", "completed")], { kind: "hearing", measureIds: ["rome", "oversight"] });
    expect(at([hearing], "2020-03-01", "oversight")).toBeNull();
    expect(at([hearing], "2021-01-01", "oversight")).toMatchObject({ status: "in_progress", since: "2020-06-01" });
    expect(at([hearing], "2021-01-01", "rome")).toBeNull();
  });
});
