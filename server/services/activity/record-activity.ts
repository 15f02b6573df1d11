// Writes one line of the activity feed, inside the caller's transaction (next to its audit event).
// The row carries the subject's visibility and organisation so the feed filters in its where clause;
// services that change an action's visibility or countries must call `retagActivity`.
import { and, eq, like, notLike } from "drizzle-orm";
import type { Queryable } from "~/db/client";
import { activity } from "~/db/schema";
import type { TVisibility } from "~/db/schema/advocacy-vocabulary";
import { collaborationVisibility } from "~/server/services/collaboration/subject-access";
import type { ServiceContext } from "~/server/services/context";

export interface ActivityEntry {
  /** e.g. action.created, action.updated, record.published, comment.created, task.completed */
  verb: string;
  subjectType: string;
  subjectId: string;
  organizationId: string | null;
  visibility: TVisibility;
  countryIso3s: string[];
  /** What the feed shows without another query: title, kind, country names… */
  summary?: Record<string, unknown>;
}

export async function recordActivity(tx: Queryable, ctx: ServiceContext, entry: ActivityEntry) {
  await tx.insert(activity).values({
    actorId: ctx.viewer?.id ?? null,
    verb: entry.verb,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    organizationId: entry.organizationId,
    visibility: entry.visibility,
    countryIso3s: entry.countryIso3s,
    summary: entry.summary ?? {},
  });
}

/**
 * After a subject's visibility, organisation or countries change, its past feed lines follow. The
 * subject's own lines (`action.*` for an action) take its visibility; the discussion around it
 * (`comment.*`, `task.*`) never becomes public — it takes the collaboration visibility, as when written.
 */
export async function retagActivity(
  tx: Queryable,
  subject: { subjectType: string; subjectId: string },
  tags: Pick<ActivityEntry, "organizationId" | "visibility" | "countryIso3s">,
) {
  const ofSubject = and(eq(activity.subjectType, subject.subjectType), eq(activity.subjectId, subject.subjectId));
  const ownVerbs = `${subject.subjectType}.%`;
  await tx.update(activity).set(tags).where(and(ofSubject, like(activity.verb, ownVerbs)));
  await tx
    .update(activity)
    .set({ ...tags, visibility: collaborationVisibility(tags.visibility) })
    .where(and(ofSubject, notLike(activity.verb, ownVerbs)));
}
