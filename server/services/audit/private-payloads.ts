// The audit log is read by admins, who are outside every organisation (decision 016): the events
// about an organisation's private work keep who did what and when, but not what it said. An event
// is private when it is about an organisation-only action — now, or in the state it recorded — or
// about a comment or task on one. Its before/after become the list of fields that changed.
import { and, eq, inArray } from "drizzle-orm";
import { db } from "~/db/client";
import { advocacyAction, comment, task } from "~/db/schema";

export interface AuditPayloads {
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const idsOf = (events: AuditPayloads[], type: string) =>
  [...new Set(events.filter((e) => e.entityType === type && UUID.test(e.entityId)).map((e) => e.entityId))];

const wasPrivate = (payload: unknown) =>
  !!payload && typeof payload === "object" && (payload as { visibility?: unknown }).visibility === "organization";

/** Only the names of what was there: enough to see that something changed, not what. */
const hidden = (payload: unknown) =>
  payload && typeof payload === "object" ? { organizationPrivate: true, fields: Object.keys(payload).sort() } : payload;

async function privateIds(events: AuditPayloads[]): Promise<Set<string>> {
  const actions = idsOf(events, "advocacy_action");
  const comments = idsOf(events, "comment");
  const tasks = idsOf(events, "task");
  const onPrivateAction = (type: "comment" | "task") =>
    and(eq(advocacyAction.visibility, "organization"), eq(type === "comment" ? comment.subjectType : task.subjectType, "action"));
  const [a, c, t] = await Promise.all([
    actions.length
      ? db.select({ id: advocacyAction.id }).from(advocacyAction).where(and(inArray(advocacyAction.id, actions), eq(advocacyAction.visibility, "organization")))
      : [],
    comments.length
      ? db
          .select({ id: comment.id })
          .from(comment)
          .innerJoin(advocacyAction, eq(advocacyAction.id, comment.subjectId))
          .where(and(inArray(comment.id, comments), onPrivateAction("comment")))
      : [],
    tasks.length
      ? db
          .select({ id: task.id })
          .from(task)
          .innerJoin(advocacyAction, eq(advocacyAction.id, task.subjectId))
          .where(and(inArray(task.id, tasks), onPrivateAction("task")))
      : [],
  ]);
  return new Set([...a, ...c, ...t].map((r) => r.id));
}

export async function hidePrivateWork<T extends AuditPayloads>(events: T[]): Promise<T[]> {
  const privateNow = await privateIds(events);
  return events.map((e) => {
    const isPrivate =
      privateNow.has(e.entityId) || (e.entityType === "advocacy_action" && (wasPrivate(e.before) || wasPrivate(e.after)));
    return isPrivate ? { ...e, before: hidden(e.before), after: hidden(e.after) } : e;
  });
}
