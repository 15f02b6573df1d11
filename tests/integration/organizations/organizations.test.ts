// Organisations: version-checked edits, soft delete and restore, and who sees what.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, makeViewer, setupDatabase, unique } from "../../helpers/factories";

beforeAll(setupDatabase);

describe("organisations", () => {
  it("creates, edits with the version it read, and refuses a stale save with what changed", async () => {
    const admin = callerFor(await makeViewer("admin"));
    const slug = unique("edit");
    const created = await admin.organizations.create({ name: { en: "Asia Pacific Centre", zh: "亚太中心" }, slug });
    expect(created).toMatchObject({ version: 1, name: { en: "Asia Pacific Centre", zh: "亚太中心" }, isSample: false });

    const first = await admin.organizations.update({ id: created.id, version: 1, name: { en: "First edit" }, slug });
    expect(first.version).toBe(2);
    const stale = await admin.organizations
      .update({ id: created.id, version: 1, name: { en: "Second edit" }, slug })
      .catch((e: unknown) => e as TRPCError);
    expect(stale).toBeInstanceOf(TRPCError);
    expect((stale as TRPCError).code).toBe("CONFLICT");
    // The message carries the other person's version so the form can show what changed.
    expect(((stale as TRPCError).cause as { details?: { current?: { name?: { en?: string } } } }).details?.current?.name?.en).toBe(
      "First edit",
    );
  });

  it("lets exactly one of several concurrent saves of the same version win", async () => {
    const admin = callerFor(await makeViewer("admin"));
    const slug = unique("race");
    const org = await admin.organizations.create({ name: { en: "Race" }, slug });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => admin.organizations.update({ id: org.id, version: 1, name: { en: `Writer ${i}` }, slug })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(((r as PromiseRejectedResult).reason as TRPCError).code).toBe("CONFLICT");
    }
  });

  it("refuses a duplicate short name, and invalid fields one by one", async () => {
    const admin = callerFor(await makeViewer("admin"));
    const slug = unique("dup");
    await admin.organizations.create({ name: { en: "One" }, slug });
    await expect(admin.organizations.create({ name: { en: "Two" }, slug })).rejects.toMatchObject({ code: "CONFLICT" });
    const invalid = await admin.organizations
      .create({ name: {}, slug: "Not A Slug!", website: "not a url" })
      .catch((e: unknown) => e as TRPCError);
    expect((invalid as TRPCError).code).toBe("BAD_REQUEST");
    const message = String((invalid as TRPCError).cause);
    for (const field of ["name", "slug", "website"]) expect(message).toContain(field);
  });

  it("soft-deletes: hidden from everyone's list, shown to admins who ask, and restorable", async () => {
    const adminViewer = await makeViewer("admin");
    const admin = callerFor(adminViewer);
    const name = unique("Soft");
    const org = await admin.organizations.create({ name: { en: name }, slug: name.toLowerCase() });
    await admin.organizations.delete({ id: org.id });

    const publicList = await callerFor(null).organizations.list({ q: name, includeDeleted: true });
    expect(publicList.items).toHaveLength(0);
    const adminList = await admin.organizations.list({ q: name, includeDeleted: true });
    expect(adminList.items.map((o) => o.id)).toEqual([org.id]);
    expect(adminList.items[0]?.deletedAt).toBeInstanceOf(Date);

    await expect(admin.organizations.delete({ id: org.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await admin.organizations.restore({ id: org.id });
    // Signed in: anonymous visitors only learn of organisations with a public action (decision 013).
    expect((await callerFor(await makeViewer("member")).organizations.list({ q: name })).total).toBe(1);
  });

  it("paginates with a 1-based page and at most 500 per page", async () => {
    const anonymous = callerFor(null);
    const page = await anonymous.organizations.list({ page: 1, pageSize: 1 });
    expect(page).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.items.length).toBeLessThanOrEqual(1);
    await expect(anonymous.organizations.list({ pageSize: 501 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anonymous.organizations.list({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("people", () => {
  it("shows a member only their own organisation, in the query itself", async () => {
    const member = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: member.organizationId! });
    const stranger = await makeViewer("member");
    const seen = await callerFor(member).users.list({ pageSize: 500 });
    const ids = seen.items.map((u) => u.id);
    expect(ids).toContain(colleague.id);
    expect(ids).toContain(member.id);
    expect(ids).not.toContain(stranger.id);
    expect(seen.total).toBe(ids.length);
    // Filtering for another organisation cannot widen what a member sees.
    const widened = await callerFor(member).users.list({ organizationId: stranger.organizationId! });
    expect(widened.items).toHaveLength(0);
  });

  it("lets staff see everyone and filter by role", async () => {
    const stranger = await makeViewer("parliamentarian", { countryIso3: "FRA" });
    const secretariat = callerFor(await makeViewer("secretariat"));
    const found = await secretariat.users.list({ q: stranger.email, role: "parliamentarian" });
    expect(found.items).toEqual([expect.objectContaining({ id: stranger.id, countryIso3: "FRA", role: "parliamentarian" })]);
  });

  it("changes a role by ending the old membership and starting a new one", async () => {
    const admin = callerFor(await makeViewer("admin"));
    const member = await makeViewer("member");
    await admin.users.changeRole({ userId: member.id, role: "parliamentarian", countryIso3: "GHA" });
    const after = await admin.users.list({ q: member.email });
    expect(after.items).toEqual([expect.objectContaining({ role: "parliamentarian", countryIso3: "GHA" })]);
    await expect(admin.users.changeRole({ userId: member.id, role: "member" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
