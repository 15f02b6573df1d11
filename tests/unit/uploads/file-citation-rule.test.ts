// The pure file rule: which citations count, and who may read, from facts alone (no database).
import { describe, expect, it } from "vitest";
import { type Citation, legitimateCitations, mayReadFile, type Person } from "~/server/services/uploads/file-citation-rule";

const member = (id: string, organizationId: string): Person => ({ id, role: "member", organizationId });
const staff: Person = { id: "staff", role: "secretariat", organizationId: "secretariat-org" };
const uploader = member("uploader", "ngo-a");
const colleague = member("colleague", "ngo-a");
const outsider = member("outsider", "ngo-b");

const privateAction = (mayHaveCited: Person[]): Citation => ({
  kind: "action",
  action: { organizationId: "ngo-a", visibility: "organization", deletedAt: null },
  mayHaveCited,
});
const publishedRecord = (organizationId: string, mayHaveCited: Person[]): Citation => ({
  kind: "record",
  record: { organizationId, createdById: mayHaveCited[0]!.id, reviewStatus: "published", deletedAt: null },
  mayHaveCited,
});

describe("file citation rule", () => {
  it("does not count the secretariat's citation of a file it could not read", () => {
    const own = privateAction([uploader, colleague]);
    const leak = publishedRecord("secretariat-org", [staff]);
    expect(legitimateCitations("uploader", [own, leak])).toEqual([own]);
    expect(mayReadFile(null, "uploader", [own, leak])).toBe(false);
    expect(mayReadFile(staff, "uploader", [own, leak])).toBe(false);
    expect(mayReadFile(colleague, "uploader", [own, leak])).toBe(true);
  });

  it("counts a chain grown from the uploader: a colleague who saw it publishes it", () => {
    const own = privateAction([uploader]);
    const published = publishedRecord("ngo-a", [colleague]);
    // Listed in an order that needs a second pass to see the chain.
    expect(legitimateCitations("uploader", [published, own])).toHaveLength(2);
    expect(mayReadFile(null, "uploader", [published, own])).toBe(true);
  });

  it("does not let two breaching citations vouch for each other", () => {
    const a = publishedRecord("ngo-b", [outsider]);
    const b = publishedRecord("secretariat-org", [staff]);
    expect(legitimateCitations("uploader", [a, b])).toEqual([]);
    expect(mayReadFile(outsider, "uploader", [a, b])).toBe(false);
    expect(mayReadFile(uploader, "uploader", [a, b])).toBe(true); // the uploader always
  });

  it("stops serving through a deleted citing thing", () => {
    const deleted: Citation = {
      kind: "action",
      action: { organizationId: "ngo-a", visibility: "public", deletedAt: new Date() },
      mayHaveCited: [uploader],
    };
    expect(mayReadFile(null, "uploader", [deleted])).toBe(false);
  });
});
