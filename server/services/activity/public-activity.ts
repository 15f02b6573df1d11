// The public activity feed (anonymous visitors, public pages). A line appears only when it is a
// public subject's own event (an action logged or edited, a record published) and the subject is
// public *now*; its title is read from the subject as it is now (a line written while the action was
// private kept the title of that time), and the person behind it is never named. The organisation is
// named only for an action: a public action shows its organisation everywhere; a record never does.
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { activity, advocacyAction, organization, record } from "~/db/schema";
import type { TListActivityInput } from "./list-activity";
import { activityFiltersWhere } from "./list-activity";
import { type TPublicActivityOutput, ZPublicActivityOutputSchema } from "./list-activity.types";

const PUBLIC_VERBS = ["action.created", "action.updated", "record.published"];

export async function listPublicActivity({ input }: { input: TListActivityInput }): Promise<TPublicActivityOutput> {
  const where = and(
    eq(activity.visibility, "public"),
    inArray(activity.verb, PUBLIC_VERBS),
    activityFiltersWhere(input),
    // The subject is public now, whatever the line was tagged with when written.
    sql`(
      (${activity.subjectType} = 'action' and ${advocacyAction.id} is not null)
      or (${activity.subjectType} = 'record' and ${record.id} is not null)
    )`,
  );
  const publicAction = and(
    eq(activity.subjectType, "action"),
    eq(advocacyAction.id, activity.subjectId),
    eq(advocacyAction.visibility, "public"),
    isNull(advocacyAction.deletedAt),
  );
  const publishedRecord = and(
    eq(activity.subjectType, "record"),
    eq(record.id, activity.subjectId),
    eq(record.reviewStatus, "published"),
    isNull(record.deletedAt),
  );
  const base = () =>
    db
      .select({
        activity,
        actionTitle: advocacyAction.title,
        organizationName: organization.name,
        recordTitle: record.title,
      })
      .from(activity)
      .leftJoin(advocacyAction, publicAction)
      .leftJoin(organization, eq(organization.id, advocacyAction.organizationId))
      .leftJoin(record, publishedRecord);
  const [rows, [total]] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(activity.createdAt), desc(activity.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db
      .select({ n: count() })
      .from(activity)
      .leftJoin(advocacyAction, publicAction)
      .leftJoin(record, publishedRecord)
      .where(where),
  ]);
  // Parsed through the public shape: the allow-list holds even if the query above ever widens.
  return ZPublicActivityOutputSchema.parse({
    items: rows.map((r) => ({
      id: r.activity.id,
      verb: r.activity.verb,
      subjectType: r.activity.subjectType,
      subjectId: r.activity.subjectId,
      actorName: null,
      organizationName: r.activity.subjectType === "action" ? r.organizationName : null,
      visibility: "public",
      countryIso3s: r.activity.countryIso3s,
      title:
        r.activity.subjectType === "action"
          ? { zh: r.actionTitle ?? "", en: r.actionTitle ?? "" }
          : (r.recordTitle ?? {}),
      href: r.activity.subjectType === "action" ? `/actions/${r.activity.subjectId}` : `/records/${r.activity.subjectId}`,
      createdAt: r.activity.createdAt,
    })),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  });
}
