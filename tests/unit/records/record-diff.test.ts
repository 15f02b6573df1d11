import { describe, expect, it } from "vitest";
import { diffSnapshots } from "~/server/services/records/record-diff";
import { type Snapshot, SNAPSHOT_FIELDS } from "~/server/services/records/record-links";

const snap = (over: Partial<Snapshot["fields"]> = {}, links: Partial<Omit<Snapshot, "fields">> = {}): Snapshot => ({
  fields: { ...(Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, null])) as unknown as Snapshot["fields"]), title: { en: "A" }, network: false, ...over },
  measures: [],
  units: [],
  evidence: [],
  ...links,
});

describe("record diff", () => {
  it("lists changed fields and links added or removed, and nothing else", () => {
    const before = snap({ title: { zh: "甲", en: "A" }, status: "announced" }, { measures: [{ id: "1", slug: "m-1" }], units: [{ id: "u", document: "d", locator: "1" }] });
    const after = snap({ title: { en: "B", zh: "甲" }, status: "announced", notes: "" }, { measures: [{ id: "2", slug: "m-2" }], evidence: [{ kind: "url", url: "https://x.org", label: "X" }] });
    expect(diffSnapshots(before, after)).toEqual({
      fields: [{ field: "title", before: { zh: "甲", en: "A" }, after: { en: "B", zh: "甲" } }],
      measures: { added: ["m-2"], removed: ["m-1"] },
      units: { added: [], removed: ["d#1"] },
      evidence: { added: ["https://x.org (X)"], removed: [] },
    });
  });

  it("treats unset, empty and false alike, so a first revision lists only what was filled in", () => {
    const first = diffSnapshots(null, snap({ title: { en: "A" }, description: {}, personNamePublic: false }));
    expect(first.fields).toEqual([{ field: "title", before: null, after: { en: "A" } }]);
  });

  it("compares localized texts by their entries, whatever the key order", () => {
    const a = snap({ title: { zh: "甲", en: "A" } });
    const b = snap({ title: { en: "A", zh: "甲" } });
    expect(diffSnapshots(a, b).fields).toEqual([]);
    const french = snap({ title: { en: "A", zh: "甲", fr: "Un" } });
    expect(diffSnapshots(a, french).fields).toEqual([{ field: "title", before: { zh: "甲", en: "A" }, after: { en: "A", zh: "甲", fr: "Un" } }]);
  });
});
