import { describe, expect, it } from "vitest";
import { focalPointTimeline } from "~/components/records/focal-point-timeline";

describe("focal-point timeline", () => {
  it("shows vacancies between appointments and after the last one ended", () => {
    const entries = focalPointTimeline([
      { id: "b", appointedOn: "2020-06-01", endedOn: "2022-01-01" },
      { id: "a", appointedOn: "2015-01-01", endedOn: "2019-01-01" },
    ]);
    expect(entries.map((e) => (e.kind === "vacancy" ? `gap ${e.from}..${e.to ?? ""}` : e.item.id))).toEqual([
      "gap 2022-01-01..",
      "b",
      "gap 2019-01-01..2020-06-01",
      "a",
    ]);
  });

  it("marks the open appointment current and shows no vacancy for a handover", () => {
    const entries = focalPointTimeline([
      { id: "a", appointedOn: "2015-01-01", endedOn: "2019-01-01" },
      { id: "b", appointedOn: "2019-01-01", endedOn: null },
    ]);
    expect(entries).toEqual([
      { kind: "appointment", item: expect.objectContaining({ id: "b" }), current: true },
      { kind: "appointment", item: expect.objectContaining({ id: "a" }), current: false },
    ]);
  });
});
