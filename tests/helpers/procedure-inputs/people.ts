// Who may call each procedure of this feature, and how to build a valid input (see ../procedure-inputs.ts).
// Accounts, users, second factor, organisations and the admin views.
import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { createInvitation } from "~/server/services/accounts/create-invitation";
import { requestPasswordReset } from "~/server/services/accounts/password-reset";
import { makeViewer, makeOrganization, unique } from "../factories";
import { tokenFromLastMail } from "../mail";
import { enrolTwoFactor, pendingEnrolment, removeTwoFactor, totpCode } from "../two-factor";
import { everyone, signedIn, staff, adminOnly, type Entry } from "./callers";

async function freshInvitationToken() {
  const admin = await makeViewer("admin");
  const email = `${unique("invitee")}@example.test`;
  await createInvitation({ ctx: { viewer: admin, requestId: "test" }, input: { email, role: "secretariat", locale: "en" } });
  return tokenFromLastMail(email, "invitations");
}
async function freshResetToken() {
  const person = await makeViewer("member");
  await requestPasswordReset({ ctx: { viewer: null, requestId: "test" }, input: { email: person.email } });
  return tokenFromLastMail(person.email, "reset-password");
}
async function freshOrganization(deleted = false) {
  const org = await makeOrganization();
  if (deleted) {
    const admin = await makeViewer("admin");
    const { setOrganizationDeleted } = await import("~/server/services/organizations/save-organization");
    await setOrganizationDeleted({ ctx: { viewer: admin, requestId: "test" }, input: { id: org.id }, deleted: true });
  }
  return org;
}

export const PEOPLE_PROCEDURES: Record<string, Entry> = {
  "account.me": { allowed: signedIn },
  "account.updatePreferences": {
    allowed: signedIn,
    input: async (viewer) => {
      const [row] = viewer ? await db.select({ version: user.version }).from(user).where(eq(user.id, viewer.id)) : [];
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
  "admin.auditEvents": { allowed: adminOnly, input: () => ({}) },
  "admin.mailbox": { allowed: adminOnly, input: () => ({}) },
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
        { ctx: { viewer: admin, requestId: "test" }, input: { email: `${unique("revoke")}@example.test`, role: "secretariat", locale: "en" } },
      );
      return { id: row.id };
    },
  },
  // Second factor (tests/integration/auth/two-factor.test.ts covers the behaviour; here: who may call).
  "twoFactor.status": { allowed: signedIn },
  "twoFactor.beginEnrolment": {
    allowed: signedIn,
    input: async (viewer) => {
      if (viewer) await removeTwoFactor(viewer.id);
      return undefined;
    },
  },
  "twoFactor.confirmEnrolment": {
    allowed: signedIn,
    input: async (viewer) => {
      if (viewer) await pendingEnrolment(viewer.id);
      return { code: await totpCode() };
    },
  },
  "twoFactor.disable": {
    allowed: signedIn,
    input: async (viewer) => {
      if (viewer) await enrolTwoFactor(viewer.id);
      return { code: await totpCode() };
    },
  },
  "twoFactor.regenerateRecoveryCodes": {
    allowed: signedIn,
    input: async (viewer) => {
      if (viewer) await enrolTwoFactor(viewer.id);
      return { code: await totpCode() };
    },
  },
  "twoFactor.reset": { allowed: adminOnly, input: async () => ({ userId: (await makeViewer("member")).id }) },
  "twoFactor.setOrganizationRequirement": {
    allowed: ["member", "admin"],
    input: async (viewer) => ({
      organizationId: viewer?.role === "member" && viewer.organizationId ? viewer.organizationId : (await makeOrganization()).id,
      required: true,
    }),
  },
};
