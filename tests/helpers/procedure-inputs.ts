// For each tRPC procedure: who may call it, and how to build a valid input for a call.
// A procedure missing here fails the authorization test: place every new one in this table.
import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, user } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { createInvitation } from "~/server/services/accounts/create-invitation";
import { requestPasswordReset } from "~/server/services/accounts/password-reset";
import { actionInput, makeAction } from "./actions";
import { createInput, uploadInput } from "./documents";
import { englishVersionInput, makeOriginal, makeOriginalWithEnglish } from "./document-versions";
import { makeMeasure } from "./measures";
import { makeViewer, makeOrganization, unique } from "./factories";
import { tokenFromLastMail } from "./mail";
import { enrolTwoFactor, pendingEnrolment, removeTwoFactor, totpCode } from "./two-factor";
import { importCsv, makeRecord, recordInput } from "./records";
import { makeFlaggedRedirect } from "./redirects";

/** A published record, and a task on it the caller created for themself (so they may change it). */
async function taskFor(actor: Viewer | null) {
  const { row } = await makeRecord({ reviewStatus: "published" });
  const { createTask } = await import("~/server/services/tasks/save-task");
  const creator = actor && actor.role !== "parliamentarian" ? actor : await makeViewer("secretariat");
  return createTask({ ctx: { actor: creator, requestId: "test" }, input: {
    subjectType: "record",
    subjectId: row.id,
    title: "Follow up",
    notes: "",
    assigneeId: creator.id,
    dueOn: null,
  } });
}

/** A comment of the caller's on a published record. */
async function commentBy(actor: Viewer | null) {
  const { row } = await makeRecord({ reviewStatus: "published" });
  const { createComment } = await import("~/server/services/comments/save-comment");
  const author = actor && actor.role !== "parliamentarian" ? actor : await makeViewer("member");
  return createComment({ ctx: { actor: author, requestId: "test" }, input: { subjectType: "record", subjectId: row.id, body: "Hello", parentId: null } });
}

/** A published record the caller may add a status update to, with one published update on it. */
async function recordWithHistory(actor: Viewer | null) {
  const owner = actor?.role === "parliamentarian" ? actor : undefined;
  const { row } = await makeRecord({ ...(owner ? { owner } : {}), reviewStatus: "published" });
  const { proposeStatusEvent } = await import("~/server/services/status-events/propose-status-event");
  const staffer = await makeViewer("secretariat");
  const status = row.type === "commitment" ? "in_progress" : "completed";
  await proposeStatusEvent({ ctx: { actor: staffer, requestId: "test" }, input: { recordId: row.id, date: "2026-05-10", status, evidenceUrl: null, note: "" } });
  return row;
}

const publishedRecordSubject = async () => ({ subjectType: "record", subjectId: (await makeRecord({ reviewStatus: "published" })).row.id });

export const CALLERS = ["anonymous", "parliamentarian", "member", "secretariat", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

const everyone: Caller[] = [...CALLERS];
const signedIn: Caller[] = ["parliamentarian", "member", "secretariat", "admin"];
const staff: Caller[] = ["secretariat", "admin"];
const adminOnly: Caller[] = ["admin"];
const coalition: Caller[] = ["member", "secretariat", "admin"];

interface Entry {
  allowed: Caller[];
  input?: (actor: Viewer | null) => Promise<unknown> | unknown;
}

async function freshInvitationToken() {
  const admin = await makeViewer("admin");
  const email = `${unique("invitee")}@example.test`;
  await createInvitation({ ctx: { actor: admin, requestId: "test" }, input: { email, role: "secretariat", locale: "en" } });
  return tokenFromLastMail(email, "invitations");
}

async function freshResetToken() {
  const person = await makeViewer("member");
  await requestPasswordReset({ ctx: { actor: null, requestId: "test" }, input: { email: person.email } });
  return tokenFromLastMail(person.email, "reset-password");
}

async function freshOrganization(deleted = false) {
  const org = await makeOrganization();
  if (deleted) {
    const admin = await makeViewer("admin");
    const { setOrganizationDeleted } = await import("~/server/services/organizations/save-organization");
    await setOrganizationDeleted({ ctx: { actor: admin, requestId: "test" }, input: { id: org.id }, deleted: true });
  }
  return org;
}

export const PROCEDURES: Record<string, Entry> = {
  "account.me": { allowed: signedIn },
  "account.updatePreferences": {
    allowed: signedIn,
    input: async (actor) => {
      const [row] = actor ? await db.select({ version: user.version }).from(user).where(eq(user.id, actor.id)) : [];
      return { name: "Renamed", locale: "zh", version: row?.version ?? 1 };
    },
  },
  "account.invitation": { allowed: everyone, input: () => ({ token: "x".repeat(43) }) },
  "account.acceptInvitation": {
    allowed: everyone,
    input: async () => ({ token: await freshInvitationToken(), name: "New Person", password: "a long enough password" }),
  },
  "account.requestPasswordReset": { allowed: everyone, input: () => ({ email: `${unique("nobody")}@example.test` }) },
  "account.resetPassword": {
    allowed: everyone,
    input: async () => ({ token: await freshResetToken(), password: "another long password" }),
  },

  "dashboard.overview": { allowed: staff, input: () => ({ by: "region" }) },
  "actions.list": { allowed: everyone, input: () => ({ country: "KEN" }) },
  "actions.public": { allowed: everyone, input: () => ({ country: "KEN", pageSize: 5 }) },
  "actions.get": { allowed: everyone, input: async () => ({ id: (await makeAction({ overrides: { visibility: "public" } })).row.id }) },
  "actions.export": { allowed: everyone, input: () => ({ format: "csv", country: "KEN" }) },
  // Staff of the matrix belong to no organisation, and actions are always an organisation's.
  "actions.create": { allowed: ["member"], input: () => actionInput() },
  "actions.update": {
    allowed: ["member"],
    input: async (actor) => {
      const { row } = await makeAction(actor?.role === "member" ? { author: actor } : {});
      return { ...(await actionInput()), id: row.id, version: row.version, title: "Edited" };
    },
  },
  "actions.delete": {
    allowed: ["member"],
    input: async (actor) => ({ id: (await makeAction(actor?.role === "member" ? { author: actor } : {})).row.id }),
  },

  "activity.list": { allowed: coalition, input: () => ({}) },
  "activity.public": { allowed: everyone, input: () => ({ country: "KEN" }) },
  "activity.reviewSummary": { allowed: staff },

  "comments.list": { allowed: coalition, input: publishedRecordSubject },
  "comments.mentionable": { allowed: coalition, input: async () => ({ ...(await publishedRecordSubject()), q: "" }) },
  "comments.unitSubject": { allowed: coalition, input: () => ({ slug: "a-72-884", locator: "45(a)" }) },
  "comments.mentions": { allowed: coalition, input: () => ({}) },
  "comments.create": { allowed: coalition, input: async () => ({ ...(await publishedRecordSubject()), body: "A **comment**" }) },
  "comments.update": {
    allowed: coalition,
    input: async (actor) => {
      const c = await commentBy(actor);
      return { id: c.id, version: c.version, body: "Edited" };
    },
  },
  "comments.delete": { allowed: coalition, input: async (actor) => ({ id: (await commentBy(actor)).id }) },

  "follows.status": { allowed: signedIn, input: () => ({ subjectType: "country", subjectKey: "KEN" }) },
  "follows.list": { allowed: signedIn, input: () => ({}) },
  "follows.set": { allowed: signedIn, input: () => ({ subjectType: "country", subjectKey: "KEN", following: true }) },
  "notifications.list": { allowed: signedIn, input: () => ({}) },
  "notifications.unreadCount": { allowed: signedIn },
  "notifications.markRead": { allowed: signedIn, input: () => ({ ids: [crypto.randomUUID()] }) },
  "notifications.markAllRead": { allowed: signedIn },

  "tasks.mine": { allowed: coalition, input: () => ({}) },
  "tasks.forSubject": { allowed: coalition, input: publishedRecordSubject },
  "tasks.create": {
    allowed: coalition,
    input: async (actor) => ({ ...(await publishedRecordSubject()), title: "Call the mission", assigneeId: actor?.id ?? (await makeViewer("member")).id, dueOn: "2026-12-01" }),
  },
  "tasks.update": {
    allowed: coalition,
    input: async (actor) => {
      const t = await taskFor(actor);
      return { id: t.id, version: t.version, title: "Renamed", notes: "", assigneeId: t.assigneeId, dueOn: null };
    },
  },
  "tasks.setStatus": {
    allowed: coalition,
    input: async (actor) => {
      const t = await taskFor(actor);
      return { id: t.id, version: t.version, status: "done" };
    },
  },
  "tasks.delete": {
    allowed: coalition,
    input: async (actor) => {
      const t = await taskFor(actor);
      return { id: t.id };
    },
  },

  "admin.auditEvents": { allowed: adminOnly, input: () => ({}) },
  "admin.mailbox": { allowed: adminOnly, input: () => ({}) },

  "documents.list": { allowed: everyone, input: () => ({}) },
  "documents.get": { allowed: everyone, input: () => ({ slug: "a-65-877" }) },
  "documents.unit": { allowed: everyone, input: () => ({ slug: "a-72-884", locator: "45(a)" }) },
  "documents.search": { allowed: everyone, input: () => ({ q: "协调人" }) },
  "documents.preview": { allowed: staff, input: () => uploadInput() },
  "documents.create": { allowed: staff, input: () => createInput() },
  "documents.redirectsToReview": { allowed: staff, input: async () => (await makeFlaggedRedirect(), {}) },
  "documents.decideRedirect": {
    allowed: staff,
    input: async () => {
      const r = await makeFlaggedRedirect();
      return { decision: "confirm", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId };
    },
  },

  "documentVersions.list": { allowed: everyone, input: async () => ({ slug: await makeOriginalWithEnglish() }) },
  "documentVersions.get": { allowed: everyone, input: async () => ({ slug: await makeOriginalWithEnglish(), locale: "en" }) },
  "documentVersions.preview": { allowed: staff, input: async () => englishVersionInput(await makeOriginal()) },
  "documentVersions.upload": { allowed: staff, input: async () => englishVersionInput(await makeOriginal()) },
  "documentVersions.delete": { allowed: staff, input: async () => ({ slug: await makeOriginalWithEnglish(), locale: "en", version: 1 }) },

  "measures.list": { allowed: everyone, input: () => ({ actor: "parliament" }) },
  "measures.get": { allowed: everyone, input: () => ({ slug: "appoint-national-r2p-focal-point" }) },
  "measures.parliamentSteps": { allowed: everyone },
  "measures.units": { allowed: staff, input: () => ({ document: "a-65-877" }) },
  "measures.history": { allowed: staff, input: async () => ({ measureId: (await makeMeasure()).id }) },
  "measures.update": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      return { id: m.id, version: m.version, title: { zh: "改", en: "Changed" }, description: {}, actor: "parliament", pillar: null, category: "legal", prevention: null, key: false };
    },
  },
  "measures.addSource": {
    allowed: staff,
    input: async () => ({ measureId: (await makeMeasure()).id, document: "sg-2025", locator: "41", quote: "协调人" }),
  },
  "measures.removeSource": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      const { addMeasureSource } = await import("~/server/services/measures/measure-sources");
      const { makeViewer } = await import("./factories");
      const source = await addMeasureSource({ ctx: { actor: await makeViewer("secretariat"), requestId: "test" }, input: { measureId: m.id, document: "sg-2025", locator: "41", quote: "协调人" } });
      return { measureId: m.id, sourceId: source.id };
    },
  },
  "measures.restoreRevision": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      const { measureHistory } = await import("~/server/services/measures/measure-history");
      const [first] = await measureHistory({ input: { measureId: m.id } });
      return { measureId: m.id, revisionId: first!.id, version: m.version };
    },
  },
  "measures.merge": {
    allowed: staff,
    input: async () => ({ survivorId: (await makeMeasure()).id, mergedSlug: (await makeMeasure()).slug }),
  },
  "measures.delete": { allowed: staff, input: async () => ({ id: (await makeMeasure()).id }) },
  "measures.restore": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      await db.update(measure).set({ deletedAt: new Date() }).where(eq(measure.id, m.id));
      return { id: m.id };
    },
  },

  "organizations.list": { allowed: everyone, input: () => ({}) },
  "organizations.create": {
    allowed: adminOnly,
    input: () => ({ name: { en: "Matrix Org" }, slug: unique("matrix"), website: "https://example.org" }),
  },
  "organizations.update": {
    allowed: adminOnly,
    input: async () => {
      const org = await freshOrganization();
      return { id: org.id, version: org.version, name: { en: "Updated Org" }, slug: org.slug };
    },
  },
  "organizations.delete": { allowed: adminOnly, input: async () => ({ id: (await freshOrganization()).id }) },
  "organizations.restore": { allowed: adminOnly, input: async () => ({ id: (await freshOrganization(true)).id }) },

  "records.template": { allowed: everyone, input: () => ({ type: "commitment" }) },
  "records.export": { allowed: everyone, input: () => ({ type: "commitment", format: "csv", country: "KEN" }) },
  "records.importDryRun": { allowed: ["member", "secretariat", "admin"], input: () => ({ type: "commitment", csv: importCsv() }) },
  "records.import": { allowed: ["member", "secretariat", "admin"], input: () => ({ type: "commitment", csv: importCsv() }) },
  "records.uploadEvidence": {
    allowed: signedIn,
    input: () => ({ fileName: "letter.pdf", contentBase64: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64") }),
  },
  "statusEvents.list": { allowed: everyone, input: async (actor) => ({ recordId: (await recordWithHistory(actor)).id }) },
  "statusEvents.propose": {
    allowed: signedIn,
    input: async (actor) => {
      const { row } = await makeRecord({ ...(actor?.role === "parliamentarian" ? { owner: actor } : {}), reviewStatus: "published" });
      return { recordId: row.id, date: "2026-06-01", status: row.type === "commitment" ? "fulfilled" : "adopted", evidenceUrl: "https://example.org/vote" };
    },
  },
  "statusEvents.queue": { allowed: staff, input: () => ({}) },
  "statusEvents.decide": {
    allowed: staff,
    input: async () => {
      const { owner, row } = await makeRecord({ reviewStatus: "published" });
      const { proposeStatusEvent } = await import("~/server/services/status-events/propose-status-event");
      const proposed = await proposeStatusEvent({
        ctx: { actor: owner, requestId: "test" },
        input: { recordId: row.id, date: "2026-06-01", status: "fulfilled", evidenceUrl: null, note: "Law in force" },
      });
      return { id: proposed.id, version: proposed.version, decision: "published" };
    },
  },
  "records.published": { allowed: everyone, input: () => ({ country: "KEN", type: "focal_point" }) },
  "records.list": { allowed: everyone, input: () => ({ country: "KEN" }) },
  "records.get": { allowed: everyone, input: async () => ({ id: (await makeRecord({ reviewStatus: "published" })).row.id }) },
  "records.create": { allowed: signedIn, input: (actor) => recordInput(actor) },
  "records.update": {
    allowed: signedIn,
    input: async (actor) => {
      const { row } = await makeRecord(actor ? { owner: actor } : {});
      return { ...(await recordInput(actor)), id: row.id, version: row.version, title: { en: "Edited" } };
    },
  },
  "records.submit": {
    allowed: signedIn,
    input: async (actor) => {
      const { row } = await makeRecord({ ...(actor ? { owner: actor } : {}), reviewStatus: "draft" });
      return { id: row.id, version: row.version };
    },
  },
  "records.delete": {
    allowed: signedIn,
    input: async (actor) => ({ id: (await makeRecord({ ...(actor ? { owner: actor } : {}), reviewStatus: "draft" })).row.id }),
  },
  "records.restore": {
    allowed: staff,
    input: async () => {
      const { owner, row } = await makeRecord({ reviewStatus: "draft" });
      const { setRecordDeleted } = await import("~/server/services/records/save-record");
      await setRecordDeleted({ ctx: { actor: owner, requestId: "test" }, input: { id: row.id }, deleted: true });
      return { id: row.id };
    },
  },
  "records.decide": {
    allowed: staff,
    input: async () => {
      const { row } = await makeRecord({ reviewStatus: "submitted" });
      return { id: row.id, version: row.version, decision: "changes_requested", message: "Please add a source." };
    },
  },
  "records.decideMany": {
    allowed: staff,
    input: async () => {
      // One proposal: the audit test expects one event per request (several are tested in records-bulk-review).
      const { row } = await makeRecord({ reviewStatus: "submitted" });
      return { items: [{ id: row.id, version: row.version }], decision: "changes_requested", message: "Please add a source." };
    },
  },
  "records.history": {
    allowed: signedIn,
    input: async (actor) => ({ id: (await makeRecord(actor ? { owner: actor } : {})).row.id }),
  },
  "records.restoreRevision": {
    allowed: staff,
    input: async () => {
      const { row } = await makeRecord({ reviewStatus: "published" });
      const { recordRevision } = await import("~/db/schema");
      const [rev] = await db.select().from(recordRevision).where(eq(recordRevision.recordId, row.id));
      return { id: row.id, version: row.version, revisionId: rev!.id };
    },
  },

  "reference.countries": { allowed: everyone },
  "reference.countriesPage": { allowed: everyone, input: () => ({ group: "african" }) },
  "reference.keyFigures": { allowed: everyone },
  "reference.regions": { allowed: everyone },
  "reference.regionalOrganizations": { allowed: everyone },

  "users.list": { allowed: ["member", "secretariat", "admin"], input: () => ({}) },
  "users.changeRole": {
    allowed: adminOnly,
    input: async () => ({ userId: (await makeViewer("member")).id, role: "secretariat" }),
  },
  "users.deactivate": { allowed: adminOnly, input: async () => ({ userId: (await makeViewer("member")).id }) },
  "users.reactivate": {
    allowed: adminOnly,
    input: async () => {
      const person = await makeViewer("member");
      await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, person.id));
      return { userId: person.id };
    },
  },
  "users.invite": {
    allowed: staff,
    input: async () => ({
      email: `${unique("invite")}@example.test`,
      role: "member",
      organizationId: (await makeOrganization()).id,
      locale: "zh",
    }),
  },
  "users.invitations": { allowed: staff, input: () => ({}) },
  "users.revokeInvitation": {
    allowed: staff,
    input: async () => {
      const admin = await makeViewer("admin");
      const row = await createInvitation(
        { ctx: { actor: admin, requestId: "test" }, input: { email: `${unique("revoke")}@example.test`, role: "secretariat", locale: "en" } },
      );
      return { id: row.id };
    },
  },

  // Second factor (tests/integration/two-factor.test.ts covers the behaviour; here: who may call).
  "twoFactor.status": { allowed: signedIn },
  "twoFactor.beginEnrolment": {
    allowed: signedIn,
    input: async (actor) => {
      if (actor) await removeTwoFactor(actor.id);
      return undefined;
    },
  },
  "twoFactor.confirmEnrolment": {
    allowed: signedIn,
    input: async (actor) => {
      if (actor) await pendingEnrolment(actor.id);
      return { code: await totpCode() };
    },
  },
  "twoFactor.disable": {
    allowed: signedIn,
    input: async (actor) => {
      if (actor) await enrolTwoFactor(actor.id);
      return { code: await totpCode() };
    },
  },
  "twoFactor.regenerateRecoveryCodes": {
    allowed: signedIn,
    input: async (actor) => {
      if (actor) await enrolTwoFactor(actor.id);
      return { code: await totpCode() };
    },
  },
  "twoFactor.reset": { allowed: adminOnly, input: async () => ({ userId: (await makeViewer("member")).id }) },
  "twoFactor.setOrganizationRequirement": {
    allowed: ["member", "admin"],
    input: async (actor) => ({
      organizationId: actor?.role === "member" && actor.organizationId ? actor.organizationId : (await makeOrganization()).id,
      required: true,
    }),
  },
};
