// Every mutation says whether it changes what the public sees (pages, /api/v1, feeds); those that do
// must carry `revalidatesPublicPages`, which drops the shared cache on every instance (decision 020).
// A new mutation without a row here fails, as in the authorisation matrix: decide, then add it.
import { describe, expect, it } from "vitest";
import { appRouter } from "~/server/api/root";
import { revalidatesPublicPages } from "~/server/api/trpc";

type Row = { public: true } | { public: false; why: string };
const PUBLIC: Row = { public: true };
const privateOnly = (why: string): Row => ({ public: false, why });

const ACCOUNT = privateOnly("accounts and sessions are never public");
const COLLABORATION = privateOnly("comments, tasks and notifications are for signed-in members only");

export const PUBLIC_DATA_MUTATIONS: Record<string, Row> = {
  "account.acceptInvitation": ACCOUNT,
  "account.requestPasswordReset": ACCOUNT,
  "account.resetPassword": ACCOUNT,
  "account.updatePreferences": ACCOUNT,

  // Public-visibility actions appear on country pages and in /api/v1/actions.
  "actions.create": PUBLIC,
  "actions.update": PUBLIC,
  "actions.delete": PUBLIC,

  "comments.create": COLLABORATION,
  "comments.update": COLLABORATION,
  "comments.delete": COLLABORATION,

  "documents.create": PUBLIC,
  "documents.preview": privateOnly("a preview saves nothing"),
  "documents.decideRedirect": PUBLIC,
  "documentVersions.upload": PUBLIC,
  "documentVersions.delete": PUBLIC,
  "documentVersions.preview": privateOnly("a preview saves nothing"),

  "measures.addSource": PUBLIC,
  "measures.delete": PUBLIC,
  "measures.merge": PUBLIC,
  "measures.removeSource": PUBLIC,
  "measures.restore": PUBLIC,
  "measures.restoreRevision": PUBLIC,
  "measures.update": PUBLIC,

  "follows.set": privateOnly("whom a person follows is theirs alone and changes no public page"),

  "notifications.markAllRead": COLLABORATION,
  "notifications.markRead": COLLABORATION,

  "organizations.create": privateOnly("a new organisation has no public actions yet"),
  // Public actions show their organisation's name, and a deleted organisation's actions leave the public pages.
  "organizations.update": PUBLIC,
  "organizations.delete": PUBLIC,
  "organizations.restore": PUBLIC,

  // The secretariat's records are published as they are created; a member's are drafts (revalidating is harmless).
  "records.create": PUBLIC,
  "records.decide": PUBLIC,
  "records.decideMany": PUBLIC,
  "records.delete": PUBLIC,
  "records.import": PUBLIC,
  "records.importDryRun": privateOnly("a dry run saves nothing"),
  "records.restore": PUBLIC,
  "records.restoreRevision": PUBLIC,
  "records.submit": privateOnly("a submitted record waits for review; publication is records.decide"),
  "records.update": PUBLIC,
  "records.uploadEvidence": privateOnly("a file is public only once a published record cites it (records.update/decide)"),

  // A status update dates a change of a published record; the secretariat's own updates publish at once.
  "statusEvents.propose": PUBLIC,
  "statusEvents.decide": PUBLIC,

  "tasks.create": COLLABORATION,
  "tasks.delete": COLLABORATION,
  "tasks.setStatus": COLLABORATION,
  "tasks.update": COLLABORATION,

  "twoFactor.beginEnrolment": ACCOUNT,
  "twoFactor.confirmEnrolment": ACCOUNT,
  "twoFactor.disable": ACCOUNT,
  "twoFactor.regenerateRecoveryCodes": ACCOUNT,
  "twoFactor.reset": ACCOUNT,
  "twoFactor.setOrganizationRequirement": ACCOUNT,

  "users.changeRole": ACCOUNT,
  "users.deactivate": ACCOUNT,
  "users.invite": ACCOUNT,
  "users.reactivate": ACCOUNT,
  "users.revokeInvitation": ACCOUNT,
};

type ProcedureDef = { _def: { type: string; middlewares: unknown[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
const mutations = Object.keys(procedures)
  .filter((path) => procedures[path]!._def.type === "mutation")
  .sort();
const revalidationHook = (revalidatesPublicPages as unknown as { _middlewares: unknown[] })._middlewares[0];

describe("public data revalidation matrix", () => {
  it("places every mutation in the matrix, and nothing else", () => {
    expect(mutations.length).toBeGreaterThan(40);
    expect(mutations.filter((path) => !(path in PUBLIC_DATA_MUTATIONS))).toEqual([]);
    expect(Object.keys(PUBLIC_DATA_MUTATIONS).filter((path) => !mutations.includes(path))).toEqual([]);
  });

  it("finds the hook by identity (the check below cannot pass vacuously)", () => {
    expect(typeof revalidationHook).toBe("function");
    expect(procedures["records.decide"]!._def.middlewares).toContain(revalidationHook);
  });

  it.each(mutations)("%s revalidates exactly when it changes public data", (path) => {
    const row = PUBLIC_DATA_MUTATIONS[path]!;
    expect(procedures[path]!._def.middlewares.includes(revalidationHook), row.public ? "changes public data" : row.why).toBe(row.public);
  });
});
