// Real ids of other people's private things — an organisation-only action with its comment and
// task, a draft record, an uploaded file, an invitation, a notification — for the fuzzer to try on
// every procedure as every role: a foreign id must answer 4xx or nothing private, never a 500.
import { sql } from "drizzle-orm";
import { db } from "~/db/client";
import type { Viewer } from "~/server/auth/policy";
import { actionInput } from "../actions";
import { callerFor, makeActor, unique } from "../factories";
import { recordInput } from "../records";

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

export async function makeForeignObjects(owner: Viewer): Promise<string[]> {
  const api = callerFor(owner);
  const action = await api.actions.create(await actionInput({ visibility: "organization", title: unique("Private meeting") }));
  const draft = await api.records.create(await recordInput(owner));
  const upload = await api.records.uploadEvidence({ fileName: "private.pdf", contentBase64: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64") });
  const comment = await api.comments.create({ subjectType: "action", subjectId: action.id, body: "Private note" });
  const task = await api.tasks.create({ subjectType: "action", subjectId: action.id, title: "Private task", assigneeId: owner.id, dueOn: null });
  const admin = await makeActor("admin");
  const invitation = await callerFor(admin).users.invite({ email: `${unique("fuzz")}@example.test`, role: "member", organizationId: owner.organizationId!, locale: "en" });
  const ids = [action.id, draft.id, upload.id, comment.id, task.id, invitation.id, owner.id, owner.organizationId!];
  // A few more kinds that have no create procedure of their own: revisions, notifications, measures.
  for (const table of ["record_revision", "notification", "measure", "measure_revision", "measure_source", "activity"]) {
    const rows = rowsOf<{ id: string }>(await db.execute(sql.raw(`select id::text as id from ${table} order by id limit 3`)));
    ids.push(...rows.map((r) => r.id));
  }
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))];
}
