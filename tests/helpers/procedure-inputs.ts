// For each tRPC procedure: who may call it, and how to build a valid input for a call.
// A procedure missing here fails the authorization test: place every new one in this table.
import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import type { Actor } from "~/server/auth/policy";
import { createInvitation } from "~/server/services/accounts/create-invitation";
import { requestPasswordReset } from "~/server/services/accounts/password-reset";
import { createInput, uploadInput } from "./documents";
import { makeActor, makeOrganization, unique } from "./factories";
import { tokenFromLastMail } from "./mail";

export const CALLERS = ["anonymous", "parliamentarian", "member", "secretariat", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

const everyone: Caller[] = [...CALLERS];
const signedIn: Caller[] = ["parliamentarian", "member", "secretariat", "admin"];
const staff: Caller[] = ["secretariat", "admin"];
const adminOnly: Caller[] = ["admin"];

interface Entry {
  allowed: Caller[];
  input?: (actor: Actor | null) => Promise<unknown> | unknown;
}

async function freshInvitationToken() {
  const admin = await makeActor("admin");
  const email = `${unique("invitee")}@example.test`;
  await createInvitation({ actor: admin, requestId: "test" }, { email, role: "secretariat", locale: "en" });
  return tokenFromLastMail(email, "invitations");
}

async function freshResetToken() {
  const person = await makeActor("member");
  await requestPasswordReset({ actor: null, requestId: "test" }, { email: person.email });
  return tokenFromLastMail(person.email, "reset-password");
}

async function freshOrganization(deleted = false) {
  const org = await makeOrganization();
  if (deleted) {
    const admin = await makeActor("admin");
    const { setOrganizationDeleted } = await import("~/server/services/organizations/save-organization");
    await setOrganizationDeleted({ actor: admin, requestId: "test" }, { id: org.id }, true);
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

  "admin.auditEvents": { allowed: adminOnly, input: () => ({}) },
  "admin.mailbox": { allowed: adminOnly, input: () => ({}) },

  "documents.list": { allowed: everyone, input: () => ({}) },
  "documents.get": { allowed: everyone, input: () => ({ slug: "a-65-877" }) },
  "documents.unit": { allowed: everyone, input: () => ({ slug: "a-72-884", locator: "45(a)" }) },
  "documents.search": { allowed: everyone, input: () => ({ q: "协调人" }) },
  "documents.preview": { allowed: staff, input: () => uploadInput() },
  "documents.create": { allowed: staff, input: () => createInput() },

  "organizations.list": { allowed: everyone, input: () => ({}) },
  "organizations.create": {
    allowed: adminOnly,
    input: () => ({ name: "Matrix Org", slug: unique("matrix"), website: "https://example.org" }),
  },
  "organizations.update": {
    allowed: adminOnly,
    input: async () => {
      const org = await freshOrganization();
      return { id: org.id, version: org.version, name: "Updated Org", slug: org.slug };
    },
  },
  "organizations.delete": { allowed: adminOnly, input: async () => ({ id: (await freshOrganization()).id }) },
  "organizations.restore": { allowed: adminOnly, input: async () => ({ id: (await freshOrganization(true)).id }) },

  "reference.countries": { allowed: everyone },
  "reference.countriesPage": { allowed: everyone, input: () => ({ group: "african" }) },
  "reference.keyFigures": { allowed: everyone },
  "reference.regions": { allowed: everyone },
  "reference.regionalOrganizations": { allowed: everyone },

  "users.list": { allowed: ["member", "secretariat", "admin"], input: () => ({}) },
  "users.changeRole": {
    allowed: adminOnly,
    input: async () => ({ userId: (await makeActor("member")).id, role: "secretariat" }),
  },
  "users.deactivate": { allowed: adminOnly, input: async () => ({ userId: (await makeActor("member")).id }) },
  "users.reactivate": {
    allowed: adminOnly,
    input: async () => {
      const person = await makeActor("member");
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
      const admin = await makeActor("admin");
      const row = await createInvitation(
        { actor: admin, requestId: "test" },
        { email: `${unique("revoke")}@example.test`, role: "secretariat", locale: "en" },
      );
      return { id: row.id };
    },
  },
};
