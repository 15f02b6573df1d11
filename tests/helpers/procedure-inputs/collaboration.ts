// Who may call each procedure of this feature, and how to build a valid input (see ../procedure-inputs.ts).
// Collaboration: actions, activity, comments, follows, notifications, tasks, the dashboard.
import type { Viewer } from "~/server/auth/policy";
import { actionInput, makeAction } from "../actions";
import { makeViewer } from "../factories";
import { makeRecord } from "../records";
import { everyone, signedIn, staff, coalition, type Entry } from "./callers";

const publishedRecordSubject = async () => ({ subjectType: "record", subjectId: (await makeRecord({ reviewStatus: "published" })).row.id });
/** A published record, and a task on it the caller created for themself (so they may change it). */
async function taskFor(viewer: Viewer | null) {
  const { row } = await makeRecord({ reviewStatus: "published" });
  const { createTask } = await import("~/server/services/tasks/save-task");
  const creator = viewer && viewer.role !== "parliamentarian" ? viewer : await makeViewer("secretariat");
  return createTask({ ctx: { viewer: creator, requestId: "test" }, input: {
    subjectType: "record",
    subjectId: row.id,
    title: "Follow up",
    notes: "",
    assigneeId: creator.id,
    dueOn: null,
  } });
}
/** A comment of the caller's on a published record. */
async function commentBy(viewer: Viewer | null) {
  const { row } = await makeRecord({ reviewStatus: "published" });
  const { createComment } = await import("~/server/services/comments/save-comment");
  const author = viewer && viewer.role !== "parliamentarian" ? viewer : await makeViewer("member");
  return createComment({ ctx: { viewer: author, requestId: "test" }, input: { subjectType: "record", subjectId: row.id, body: "Hello", parentId: null } });
}

export const COLLABORATION_PROCEDURES: Record<string, Entry> = {
  "dashboard.overview": { allowed: staff, input: () => ({ by: "region" }) },
  "actions.list": { allowed: everyone, input: () => ({ country: "KEN" }) },
  "actions.public": { allowed: everyone, input: () => ({ country: "KEN", pageSize: 5 }) },
  "actions.get": { allowed: everyone, input: async () => ({ id: (await makeAction({ overrides: { visibility: "public" } })).row.id }) },
  "actions.export": { allowed: everyone, input: () => ({ format: "csv", country: "KEN" }) },
  // Staff of the matrix belong to no organisation, and actions are always an organisation's.
  "actions.create": { allowed: ["member"], input: () => actionInput() },
  "actions.update": {
    allowed: ["member"],
    input: async (viewer) => {
      const { row } = await makeAction(viewer?.role === "member" ? { author: viewer } : {});
      return { ...(await actionInput()), id: row.id, version: row.version, title: "Edited" };
    },
  },
  "actions.delete": {
    allowed: ["member"],
    input: async (viewer) => ({ id: (await makeAction(viewer?.role === "member" ? { author: viewer } : {})).row.id }),
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
    input: async (viewer) => {
      const c = await commentBy(viewer);
      return { id: c.id, version: c.version, body: "Edited" };
    },
  },
  "comments.delete": { allowed: coalition, input: async (viewer) => ({ id: (await commentBy(viewer)).id }) },
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
    input: async (viewer) => ({ ...(await publishedRecordSubject()), title: "Call the mission", assigneeId: viewer?.id ?? (await makeViewer("member")).id, dueOn: "2026-12-01" }),
  },
  "tasks.update": {
    allowed: coalition,
    input: async (viewer) => {
      const t = await taskFor(viewer);
      return { id: t.id, version: t.version, title: "Renamed", notes: "", assigneeId: t.assigneeId, dueOn: null };
    },
  },
  "tasks.setStatus": {
    allowed: coalition,
    input: async (viewer) => {
      const t = await taskFor(viewer);
      return { id: t.id, version: t.version, status: "done" };
    },
  },
  "tasks.delete": {
    allowed: coalition,
    input: async (viewer) => {
      const t = await taskFor(viewer);
      return { id: t.id };
    },
  },
};
