// What an allowed call of each tRPC procedure must give back, given the input procedure-inputs.ts
// built: the authorization matrix checks it, so "allowed" means "answered with the right thing", not
// merely "did not throw". Anonymous shapes are checked only for fields every shape must keep.
import { expect } from "vitest";
import type { Viewer } from "~/server/auth/policy";

type Check = (result: unknown, call: { viewer: Viewer | null; input: unknown }) => void;
type Row = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const inputOf = (call: { input: unknown }) => call.input as Row;

/** A page of a list: items, a total that covers them, and the page asked for (1 by default). */
const page =
  (each?: (item: Row, call: { viewer: Viewer | null; input: unknown }) => void): Check =>
  (result, call) => {
    const r = result as { items: Row[]; total: number; page: number; pageSize: number };
    expect(Array.isArray(r.items)).toBe(true);
    expect(r.total).toBeGreaterThanOrEqual(r.items.length);
    expect(r.page).toBe(((call.input as Row | undefined)?.page as number | undefined) ?? 1);
    expect(r.items.length).toBeLessThanOrEqual(r.pageSize);
    for (const item of r.items) each?.(item, call);
  };
/** A non-empty page whose every item passes `each`. */
const somePage =
  (each?: (item: Row, call: { viewer: Viewer | null; input: unknown }) => void): Check =>
  (result, call) => {
    expect((result as { items: unknown[] }).items.length).toBeGreaterThan(0);
    page(each)(result, call);
  };
/** The entity named by the input's `id` (or another field), as it is after the call. */
const sameId =
  (field = "id", extra: Row = {}): Check =>
  (result, call) =>
    expect(result).toMatchObject({ id: inputOf(call)[field], ...extra });
const created =
  (extra: (call: { viewer: Viewer | null; input: unknown }) => Row = () => ({})): Check =>
  (result, call) => {
    expect((result as Row).id).toMatch(UUID);
    expect(result).toMatchObject(extra(call));
  };
const file = (mime: RegExp, first: RegExp): Check => (result) => {
  const r = result as { filename: string; mime?: string; content: string };
  if (r.mime !== undefined) expect(r.mime).toMatch(mime);
  expect(r.content.split(/\r?\n/)[0]).toMatch(first);
};
const inCountry = (iso3: string) => (item: Row) => expect(JSON.stringify(item)).toContain(iso3);

export const RESULTS: Record<string, Check> = {
  "account.me": (r, { viewer }) => expect(r).toMatchObject({ id: viewer!.id, email: viewer!.email, role: viewer!.role }),
  "account.updatePreferences": (r) => expect(r).toMatchObject({ name: "Renamed", locale: "zh" }),
  "account.invitation": (r) => expect(r).toBeNull(), // the token names no invitation
  "account.acceptInvitation": (r) => expect((r as Row).email).toMatch(/@example\.test$/),
  "account.requestPasswordReset": (r) => expect(r).toEqual({ ok: true }),
  "account.resetPassword": (r) => expect((r as Row).email).toMatch(/@example\.test$/),

  "dashboard.overview": (r) => expect(r).toMatchObject({ regions: { by: "region" }, queue: { size: expect.any(Number) } }),
  "actions.list": page(inCountry("KEN")),
  "actions.public": page((item) => expect(item).toMatchObject({ visibility: "public" })),
  "actions.get": sameId("id", { visibility: "public" }),
  "actions.export": file(/text\/csv/, /^id,date,kind,title,countries/),
  "actions.create": created((c) => ({ title: inputOf(c).title, visibility: "organization" })),
  "actions.update": sameId("id", { title: "Edited" }),
  "actions.delete": sameId(),

  "activity.list": page(),
  "activity.public": page(),
  "activity.reviewSummary": (r) => expect(r).toMatchObject({ count: expect.any(Number) }),

  "comments.list": (r) => expect(r).toEqual([]), // a fresh record: no comments yet
  "comments.mentionable": (r) => {
    expect((r as Row[]).length).toBeGreaterThan(0);
    for (const p of r as Row[]) expect(Object.keys(p).sort()).toEqual(["id", "name"]);
  },
  "comments.unitSubject": (r) => expect(r).toMatchObject({ slug: "a-72-884", locator: "45(a)", id: expect.stringMatching(UUID) }),
  "comments.mentions": page(),
  "comments.create": created((c) => ({ subjectId: inputOf(c).subjectId, body: "A **comment**" })),
  "comments.update": sameId("id", { body: "Edited" }),
  "comments.delete": sameId(),

  "follows.status": (r) => expect(r).toEqual({ subjectType: "country", subjectKey: "KEN", following: false }),
  "follows.list": page(),
  "follows.set": (r) => expect(r).toEqual({ subjectType: "country", subjectKey: "KEN", following: true }),
  "notifications.list": page(),
  "notifications.unreadCount": (r) => expect(r).toBe(0),
  "notifications.markRead": (r) => expect(r).toEqual({ marked: 0 }), // an id that is no one's
  "notifications.markAllRead": (r) => expect(r).toEqual({ marked: 0 }),

  "tasks.mine": page(),
  "tasks.forSubject": (r) => expect(r).toEqual([]),
  "tasks.create": created((c) => ({ title: "Call the mission", assigneeId: inputOf(c).assigneeId, status: "open" })),
  "tasks.update": sameId("id", { title: "Renamed" }),
  "tasks.setStatus": sameId("id", { status: "done" }),
  "tasks.delete": sameId(),

  "admin.auditEvents": somePage((e) => expect(e.action).toMatch(/^[a-z_]+\.[a-z_]+$/)),
  "admin.mailbox": page(),

  "documents.list": somePage(),
  "documents.get": (r) => expect(r).toMatchObject({ slug: "a-65-877", units: expect.arrayContaining([expect.objectContaining({ locator: "28" })]) }),
  "documents.unit": (r) => expect(r).toMatchObject({ locator: "45(a)", text: expect.stringContaining("协调人") }),
  "documents.search": somePage((i) => expect(JSON.stringify(i)).toContain("协调人")),
  "documents.preview": (r) => expect(r).toMatchObject({ counts: { paragraphs: 3 }, warnings: [] }),
  "documents.redirectCandidates": somePage((unit) => expect(unit).toMatchObject({ id: expect.stringMatching(UUID), text: expect.stringContaining("区域组织") })),
  "documents.redirectsToReview": somePage((item) => expect(item).toMatchObject({ fromUnitId: expect.stringMatching(UUID), old: { locator: expect.any(String) } })),
  "documents.decideRedirect": (r, c) =>
    expect(r).toMatchObject({ fromUnitId: inputOf(c).fromUnitId, toUnitId: inputOf(c).proposedUnitId, decision: "confirm" }),
  "documents.create": (r, c) => expect(r).toMatchObject({ slug: inputOf(c).slug, counts: { paragraphs: 3 } }),

  "documentVersions.list": (r) => expect((r as { versions: Row[] }).versions.map((v) => v.locale)).toEqual(["zh", "en"]),
  "documentVersions.get": (r) => expect(r).toMatchObject({ locale: "en", original: false, units: expect.arrayContaining([expect.objectContaining({ locator: "3" })]) }),
  "documentVersions.preview": (r) => expect(r).toMatchObject({ locale: "en", alignment: { missingInVersion: [], extraInVersion: [] } }),
  "documentVersions.upload": (r, c) => expect(r).toMatchObject({ slug: inputOf(c).slug, locale: "en", version: 1 }),
  "documentVersions.delete": (r) => expect(r).toMatchObject({ locale: "en" }),

  "measures.list": somePage((m) => expect(m.actor).toBe("parliament")),
  "measures.get": (r) => expect(r).toMatchObject({ slug: "appoint-national-r2p-focal-point", deleted: false }),
  "actions.published": page((a) => expect(a).toMatchObject({ countries: expect.arrayContaining(["KEN"]) })),
  "documents.citable": (r, call) => expect(r).toMatchObject({ document: { slug: inputOf(call).slug }, locator: inputOf(call).locator }),
  "documents.currentLocator": (r, call) => expect(r).toBe(inputOf(call).locator),
  "measures.quotes": (r, call) => expect((r as Record<string, Row[]>)[(inputOf(call).measureIds as string[])[0]!]!.length).toBeGreaterThan(0),
  "measures.titles": (r) => expect((r as Record<string, string>)["appoint-national-r2p-focal-point"]).toEqual(expect.any(String)),
  "measures.parliamentSteps": (r) => expect((r as { groups: unknown[] }).groups.length).toBeGreaterThan(0),
  "measures.units": (r) => expect((r as Row[]).length).toBeGreaterThan(0),
  "measures.history": (r) => expect((r as Row[]).length).toBeGreaterThan(0),
  "measures.update": (r) => expect(r).toMatchObject({ title: { zh: "改", en: "Changed" }, actor: "parliament" }),
  "measures.addSource": (r, c) => expect(r).toMatchObject({ measureId: inputOf(c).measureId, locator: "41", quote: "协调人" }),
  "measures.removeSource": sameId("sourceId"),
  "measures.restoreRevision": (r) => expect((r as Row).version).toEqual(expect.any(Number)),
  "measures.merge": (r, c) => expect(r).toMatchObject({ mergedSlug: inputOf(c).mergedSlug }),
  "measures.delete": sameId("id", { deleted: true }),
  "measures.restore": sameId("id", { deleted: false }),

  "organizations.list": somePage(),
  "organizations.create": created((c) => ({ slug: inputOf(c).slug, name: { en: "Matrix Org" } })),
  "organizations.update": sameId("id", { name: { en: "Updated Org" } }),
  "organizations.delete": sameId("id", { deletedAt: expect.any(Date) }),
  "organizations.restore": sameId("id", { deletedAt: null }),

  "statusEvents.list": (r, c) => {
    const items = (r as { items: Row[] }).items;
    expect(items.map((i) => i.origin)).toContain("update");
    for (const i of items) expect(i).toMatchObject({ recordId: inputOf(c).recordId });
  },
  "statusEvents.propose": created((c) => ({
    recordId: inputOf(c).recordId,
    status: inputOf(c).status,
    origin: "update",
    reviewStatus: c.viewer?.role === "secretariat" || c.viewer?.role === "admin" ? "published" : "submitted",
  })),
  "statusEvents.queue": somePage((item) => expect(item).toMatchObject({ reviewStatus: "submitted", record: { id: expect.any(String) } })),
  "statusEvents.decide": sameId("id", { reviewStatus: "published", publishedAt: expect.any(Date) }),
  "records.template": (r) => expect((r as Row).content).toMatch(/^\uFEFF?country,/),
  "records.export": file(/text\/csv/, /^id,review_status,/),
  "records.importDryRun": (r) => expect(r).toMatchObject({ valid: 1, problems: [] }),
  "records.import": (r) => expect(r).toMatchObject({ imported: 1 }),
  "records.uploadEvidence": created(() => ({ filename: "letter.pdf", mime: "application/pdf" })),
  "records.published": page(inCountry("KEN")),
  "records.list": page(inCountry("KEN")),
  "records.get": sameId(),
  "records.create": created((c) => ({ title: inputOf(c).title })),
  "records.update": sameId("id", { title: { en: "Edited" } }),
  "records.submit": sameId("id", { reviewStatus: "submitted" }),
  "records.delete": sameId("id", { deletedAt: expect.any(Date) }),
  "records.restore": sameId("id", { deletedAt: null }),
  "records.decideMany": (r, call) =>
    expect(r).toEqual({
      decided: 1,
      failed: 0,
      items: (inputOf(call).items as Row[]).map((i) => ({ id: i.id, ok: true, reviewStatus: "changes_requested", version: expect.any(Number), error: null })),
    }),
  "records.decide": sameId("id", { reviewStatus: "changes_requested" }),
  "records.history": (r) => expect((r as Row[]).map((v) => v.number)).toEqual([1]),
  "records.restoreRevision": sameId(),

  "countries.profile": (r, call) => expect(r).toMatchObject({ iso3: inputOf(call).iso3, progress: { iso3: inputOf(call).iso3 } }),
  "countries.parliamentSteps": (r, call) => expect(Object.keys((r as { steps: Row }).steps)).toEqual((inputOf(call).measureIds as string[])),
  "countries.catalogue": (r) => expect((r as Row[]).some((m) => m.slug === "appoint-national-r2p-focal-point")).toBe(true),
  "countries.trend": (r, call) => expect((r as Row[]).map((p) => p.asOf)).toEqual(["2022-12-31", "2023-12-31", inputOf(call).asOf]),
  "countries.evidence": (r, call) => {
    expect((r as Row[]).length).toBeGreaterThan(0);
    for (const record of r as Row[]) expect(record).toMatchObject({ country: inputOf(call).iso3, reviewStatus: "published" });
  },
  "countries.recordsByYear": (r) => expect(r).toEqual(expect.arrayContaining([{ year: "2026", counts: expect.objectContaining({ commitment: expect.any(Number) }) }])),
  "countries.name": (r) => expect((r as Row).en).toBe("Kenya"),
  "countries.statusChanges": (r, call) => expect(r).toMatchObject({ iso3: inputOf(call).iso3, since: inputOf(call).since, items: expect.any(Array) }),
  "countries.table": (r, call) => {
    const t = r as { items: Row[]; total: number };
    expect(t.items.map((c) => c.iso3)).toEqual(["KEN"]);
    expect(t.items[0]).toMatchObject({ name: expect.objectContaining({ en: "Kenya" }), status: expect.any(String) });
    expect(inputOf(call).measure).toBe("appoint-national-r2p-focal-point");
  },
  "countries.map": (r) => {
    expect((r as Row[]).length).toBe(195);
    expect((r as Row[]).find((c) => c.iso3 === "KEN")).toMatchObject({ m49: "404", status: expect.any(String) });
  },
  "countries.filterOptions": (r, call) => {
    const o = r as { regions: Row[]; organizations: Row[]; measures: Row[] };
    expect(o.regions.length).toBe(5);
    expect(o.organizations.length).toBeGreaterThan(0);
    expect(o.measures.map((m) => m.slug)).toContain(inputOf(call).measure);
  },
  "countries.card": (r, call) => expect(r).toMatchObject({ iso3: inputOf(call).iso3, name: { en: "Kenya" }, overall: expect.any(Number), keyMeasures: expect.any(Array) }),
  "measures.countriesByStatus": (r, call) => {
    const m = r as { slug: string; countries: Row[]; groups: { status: string }[]; counts: Record<string, number> };
    expect(m.slug).toBe(inputOf(call).slug);
    expect(m.countries).toHaveLength(195);
    expect(m.groups.map((g) => g.status)).toEqual(["implemented", "in_progress", "committed", "regressed"]);
    expect(Object.values(m.counts).reduce((a, b) => a + b, 0)).toBe(195);
  },
  "openData.oembed": (r) => expect(r).toMatchObject({ version: "1.0", type: "rich", width: 400, html: expect.stringContaining("/embed/fr/countries/KEN") }),
  "regionalOrganizations.list": (r) => expect((r as { items: Row[] }).items.length).toBeGreaterThan(0),
  "regionalOrganizations.profile": (r, call) => expect(r).toMatchObject({ id: inputOf(call).id }),
  "reference.countries": (r) => expect((r as Row[]).length).toBe(195),
  "reference.countriesPage": somePage((c) => expect(c.group ?? "african").toBe("african")),
  "reference.keyFigures": (r) => expect((r as Row).states).toEqual(expect.any(Number)),
  "reference.regions": (r) => expect((r as Row[]).map((x) => x.code).sort()).toEqual(["002", "009", "019", "142", "150"]),
  "reference.regionalOrganizations": (r) => expect((r as Row[]).length).toBeGreaterThan(0),

  "users.list": somePage(),
  "users.changeRole": (r, c) => expect(r).toMatchObject({ userId: inputOf(c).userId, role: "secretariat" }),
  "users.deactivate": sameId("userId", { deactivatedAt: expect.any(Date) }),
  "users.reactivate": sameId("userId", { deactivatedAt: null }),
  "users.invite": created((c) => ({ email: inputOf(c).email, role: "member" })),
  "users.invitations": page(),
  "users.revokeInvitation": sameId("id", { revokedAt: expect.any(Date) }),

  "twoFactor.status": (r, { viewer }) =>
    expect(r).toMatchObject({ enabled: expect.any(Boolean), required: viewer!.role === "secretariat" || viewer!.role === "admin" ? true : expect.any(Boolean) }),
  "twoFactor.beginEnrolment": (r) =>
    expect(r).toMatchObject({ secret: expect.stringMatching(/^[A-Z2-7]{16,}$/), otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\//), qrCode: expect.stringMatching(/^data:image\/svg\+xml/) }),
  "twoFactor.confirmEnrolment": (r) => expect((r as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10),
  "twoFactor.disable": (r) => expect(r).toEqual({ ok: true }),
  "twoFactor.regenerateRecoveryCodes": (r) => expect((r as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10),
  "twoFactor.reset": (r) => expect(r).toEqual({ ok: true }),
  "twoFactor.setOrganizationRequirement": (r, call) =>
    expect(r).toEqual({ organizationId: inputOf(call).organizationId, requireTwoFactor: true }),
};
