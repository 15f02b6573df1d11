// The audit event each mutation must write: its action, the entity it names, and which entity id
// (from the input, the result or the caller) — so an event about something else cannot stand in.
// A mutation missing here fails the audit test: place every new one in this table.
import type { Viewer } from "~/server/auth/policy";

type Row = Record<string, unknown>;
interface Expected {
  action: string;
  entityType: string;
  /** The entity's id, when the call names it; omitted where it is not an id (a hash, a type). */
  entityId?: (call: { viewer: Viewer | null; input: Row; result: Row }) => unknown;
  /** Further events the same request may write (e.g. the user an accepted invitation creates). */
  also?: string[];
}

const inputId = ({ input }: { input: Row }) => input.id;
const resultId = ({ result }: { result: Row }) => result.id;
const self = ({ viewer }: { viewer: Viewer | null }) => viewer!.id;
const field = (name: string) => ({ input }: { input: Row }) => input[name];

export const AUDITED: Record<string, Expected> = {
  "account.acceptInvitation": { action: "invitation.accept", entityType: "invitation", also: ["user.create"] },
  "account.requestPasswordReset": { action: "account.password_reset_request", entityType: "user" },
  "account.resetPassword": { action: "account.password_reset", entityType: "user" },
  "account.updatePreferences": { action: "account.update_preferences", entityType: "user", entityId: self },

  "actions.create": { action: "action.create", entityType: "advocacy_action", entityId: resultId },
  "actions.update": { action: "action.update", entityType: "advocacy_action", entityId: inputId },
  "actions.delete": { action: "action.delete", entityType: "advocacy_action", entityId: inputId },

  "comments.create": { action: "comment.create", entityType: "comment", entityId: resultId },
  "comments.update": { action: "comment.update", entityType: "comment", entityId: inputId },
  "comments.delete": { action: "comment.delete", entityType: "comment", entityId: inputId },

  "follows.set": { action: "follow.start", entityType: "follow" },

  "notifications.markRead": { action: "notification.mark_read", entityType: "user", entityId: self },
  "notifications.markAllRead": { action: "notification.mark_read", entityType: "user", entityId: self },

  "tasks.create": { action: "task.create", entityType: "task", entityId: resultId },
  "tasks.update": { action: "task.update", entityType: "task", entityId: inputId },
  "tasks.setStatus": { action: "task.set_status", entityType: "task", entityId: inputId },
  "tasks.delete": { action: "task.delete", entityType: "task", entityId: inputId },

  "documents.preview": { action: "document.preview", entityType: "document_upload" },
  "documents.create": { action: "document.create", entityType: "document", entityId: resultId },
  "documents.decideRedirect": { action: "unit_redirect.decide", entityType: "unit_redirect", entityId: field("fromUnitId") },
  "documentVersions.preview": { action: "document_version.preview", entityType: "document_upload" },
  "documentVersions.upload": { action: "document_version.create", entityType: "document_language_version", entityId: resultId },
  "documentVersions.delete": { action: "document_version.delete", entityType: "document_language_version", entityId: resultId },

  "measures.update": { action: "measure.update", entityType: "measure", entityId: inputId },
  "measures.addSource": { action: "measure.add_source", entityType: "measure", entityId: field("measureId") },
  "measures.removeSource": { action: "measure.remove_source", entityType: "measure", entityId: field("measureId") },
  "measures.restoreRevision": { action: "measure.restore_revision", entityType: "measure", entityId: field("measureId") },
  "measures.merge": { action: "measure.merge", entityType: "measure" },
  "measures.delete": { action: "measure.delete", entityType: "measure", entityId: inputId },
  "measures.restore": { action: "measure.restore", entityType: "measure", entityId: inputId },

  "organizations.create": { action: "organization.create", entityType: "organization", entityId: resultId },
  "organizations.update": { action: "organization.update", entityType: "organization", entityId: inputId },
  "organizations.delete": { action: "organization.delete", entityType: "organization", entityId: inputId },
  "organizations.restore": { action: "organization.restore", entityType: "organization", entityId: inputId },

  "records.importDryRun": { action: "record.import_dry_run", entityType: "record", entityId: field("type") },
  "records.import": { action: "record.import", entityType: "record", also: ["record.create"] },
  "records.uploadEvidence": { action: "record.upload", entityType: "upload", entityId: resultId },
  "records.create": { action: "record.create", entityType: "record", entityId: resultId },
  "records.update": { action: "record.update", entityType: "record", entityId: inputId },
  "records.submit": { action: "record.submit", entityType: "record", entityId: inputId },
  "records.delete": { action: "record.delete", entityType: "record", entityId: inputId },
  "records.restore": { action: "record.restore", entityType: "record", entityId: inputId },
  "records.decideMany": { action: "record.decide", entityType: "record", entityId: ({ input }) => (input.items as Row[])[0]!.id },
  "records.decide": { action: "record.decide", entityType: "record", entityId: inputId },
  "records.restoreRevision": { action: "record.restore_revision", entityType: "record", entityId: inputId },

  "statusEvents.propose": { action: "status_event.propose", entityType: "record_status_event", entityId: resultId },
  "statusEvents.decide": { action: "status_event.decide", entityType: "record_status_event", entityId: inputId },

  "users.changeRole": { action: "user.change_role", entityType: "user", entityId: field("userId") },
  "users.deactivate": { action: "user.deactivate", entityType: "user", entityId: field("userId") },
  "users.reactivate": { action: "user.reactivate", entityType: "user", entityId: field("userId") },
  "users.invite": { action: "invitation.create", entityType: "invitation", entityId: resultId },
  "users.revokeInvitation": { action: "invitation.revoke", entityType: "invitation", entityId: inputId },

  "twoFactor.beginEnrolment": { action: "two_factor.enrolment_start", entityType: "user", entityId: self },
  "twoFactor.confirmEnrolment": { action: "two_factor.enable", entityType: "user", entityId: self },
  "twoFactor.disable": { action: "two_factor.disable", entityType: "user", entityId: self },
  "twoFactor.regenerateRecoveryCodes": { action: "two_factor.recovery_codes_renew", entityType: "user", entityId: self },
  "twoFactor.reset": { action: "two_factor.reset", entityType: "user", entityId: field("userId") },
  "twoFactor.setOrganizationRequirement": {
    action: "organization.require_two_factor",
    entityType: "organization",
    entityId: field("organizationId"),
  },
};
