import { describe, expect, it } from "vitest";
import { diffSnapshots } from "~/server/services/records/record-diff";
import { type Snapshot, SNAPSHOT_FIELDS } from "~/server/services/records/record-links";

const snap = (over: Partial<Snapshot["fields"]> = {}, links: Partial<Omit<Snapshot, "fields">> = {}): Snapshot => ({
  fields: { ...(Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, null])) as unknown as Snapshot["fields"]), titleEn: "A", network: false, ...over },
  measures: [],
  units: [],
  evidence: [],
  ...links,
});

describe("record diff", () => {
  it("lists changed fields and links added or removed, and nothing else", () => {
    const before = snap({ titleEn: "A", status: "announced" }, { measures: [{ id: "1", slug: "m-1" }], units: [{ id: "u", document: "d", locator: "1" }] });
    const after = snap({ titleEn: "B", status: "announced", notes: "" }, { measures: [{ id: "2", slug: "m-2" }], evidence: [{ kind: "url", url: "https://x.org", label: "X" }] });
    expect(diffSnapshots(before, after)).toEqual({
      fields: [{ field: "titleEn", before: "A", after: "B" }],
      measures: { added: ["m-2"], removed: ["m-1"] },
      units: { added: [], removed: ["d#1"] },
      evidence: { added: ["https://x.org (X)"], removed: [] },
    });
  });

  it("treats unset, empty and false alike, so a first revision lists only what was filled in", () => {
    const first = diffSnapshots(null, snap({ titleEn: "A", personNamePublic: false }));
    expect(first.fields).toEqual([{ field: "titleEn", before: null, after: "A" }]);
  });
});
