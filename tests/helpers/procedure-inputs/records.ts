// Who may call each procedure of this feature, and how to build a valid input (see ../procedure-inputs.ts).
// Records and their status updates.
import { eq } from "drizzle-orm";
import { db } from "~/db/client";
import type { Viewer } from "~/server/auth/policy";
import { makeViewer } from "../factories";
import { importCsv, makeRecord, recordInput } from "../records";
import { everyone, signedIn, staff, type Entry } from "./callers";

/** A published record the caller may add a status update to, with one published update on it. */
async function recordWithHistory(viewer: Viewer | null) {
  const owner = viewer?.role === "parliamentarian" ? viewer : undefined;
  const { row } = await makeRecord({ ...(owner ? { owner } : {}), reviewStatus: "published" });
  const { proposeStatusEvent } = await import("~/server/services/status-events/propose-status-event");
  const staffer = await makeViewer("secretariat");
  const status = row.type === "commitment" ? "in_progress" : "completed";
  await proposeStatusEvent({ ctx: { viewer: staffer, requestId: "test" }, input: { recordId: row.id, date: "2026-05-10", status, evidenceUrl: null, note: "" } });
  return row;
}

export const RECORD_PROCEDURES: Record<string, Entry> = {
  "records.template": { allowed: everyone, input: () => ({ type: "commitment" }) },
  "records.export": { allowed: everyone, input: () => ({ type: "commitment", format: "csv", country: "KEN" }) },
  "records.importDryRun": { allowed: ["member", "secretariat", "admin"], input: () => ({ type: "commitment", csv: importCsv() }) },
  "records.import": { allowed: ["member", "secretariat", "admin"], input: () => ({ type: "commitment", csv: importCsv() }) },
  "records.uploadEvidence": {
    allowed: signedIn,
    input: () => ({ fileName: "letter.pdf", contentBase64: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64") }),
  },
  "statusEvents.list": { allowed: everyone, input: async (viewer) => ({ recordId: (await recordWithHistory(viewer)).id }) },
  "statusEvents.propose": {
    allowed: signedIn,
    input: async (viewer) => {
      const { row } = await makeRecord({ ...(viewer?.role === "parliamentarian" ? { owner: viewer } : {}), reviewStatus: "published" });
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
        ctx: { viewer: owner, requestId: "test" },
        input: { recordId: row.id, date: "2026-06-01", status: "fulfilled", evidenceUrl: null, note: "Law in force" },
      });
      return { id: proposed.id, version: proposed.version, decision: "published" };
    },
  },
  "records.published": { allowed: everyone, input: () => ({ country: "KEN", type: "focal_point" }) },
  "records.list": { allowed: everyone, input: () => ({ country: "KEN" }) },
  "records.get": { allowed: everyone, input: async () => ({ id: (await makeRecord({ reviewStatus: "published" })).row.id }) },
  "records.create": { allowed: signedIn, input: (viewer) => recordInput(viewer) },
  "records.update": {
    allowed: signedIn,
    input: async (viewer) => {
      const { row } = await makeRecord(viewer ? { owner: viewer } : {});
      return { ...(await recordInput(viewer)), id: row.id, version: row.version, title: { en: "Edited" } };
    },
  },
  "records.submit": {
    allowed: signedIn,
    input: async (viewer) => {
      const { row } = await makeRecord({ ...(viewer ? { owner: viewer } : {}), reviewStatus: "draft" });
      return { id: row.id, version: row.version };
    },
  },
  "records.delete": {
    allowed: signedIn,
    input: async (viewer) => ({ id: (await makeRecord({ ...(viewer ? { owner: viewer } : {}), reviewStatus: "draft" })).row.id }),
  },
  "records.restore": {
    allowed: staff,
    input: async () => {
      const { owner, row } = await makeRecord({ reviewStatus: "draft" });
      const { setRecordDeleted } = await import("~/server/services/records/save-record");
      await setRecordDeleted({ ctx: { viewer: owner, requestId: "test" }, input: { id: row.id }, deleted: true });
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
    input: async (viewer) => ({ id: (await makeRecord(viewer ? { owner: viewer } : {})).row.id }),
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
};
