// The activity feed, coalition-wide or per country. Who sees a line is decided by the tags the
// writer put on it (record-activity.ts): public for everyone, coalition for the coalition's people,
// organization for that organisation's people only (the secretariat included: outside it).
import type { LocalizedText } from "~/db/localized-text";
import { and, arrayContains, count, desc, eq, gte, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { activity, organization, user } from "~/db/schema";
import { COMMENT_SUBJECTS } from "~/db/schema/advocacy-vocabulary";
import { ZPageInputSchema } from "~/server/api/trpc";
import { type Viewer, inCoalition } from "~/server/auth/policy";
import type { TListActivityOutput } from "./list-activity.types";
import { listPublicActivity } from "./public-activity";

export const ZListActivityInputSchema = ZPageInputSchema.extend({
  pageSize: z.number().int().min(1).max(200).default(50),
  country: z.string().regex(/^[A-Z]{3}$/, { error: "validation.countryCode" }).optional(),
  subjectType: z.enum(COMMENT_SUBJECTS).optional(),
  verb: z.string().regex(/^[a-z_]+\.[a-z_]+$/).optional(),
  organizationId: z.uuid().optional(),
  from: z.iso.date().optional(),
  /** Inclusive: the whole day. */
  to: z.iso.date().optional(),
});
export type TListActivityInput = z.infer<typeof ZListActivityInputSchema>;

export function visibleActivityWhere(viewer: Viewer | null): SQL {
  const isPublic = eq(activity.visibility, "public");
  if (!inCoalition(viewer)) return isPublic;
  return or(
    isPublic,
    eq(activity.visibility, "coalition"),
    viewer.organizationId ? and(eq(activity.visibility, "organization"), eq(activity.organizationId, viewer.organizationId)) : undefined,
  )!;
}

const nextDay = (d: string) => new Date(new Date(`${d}T00:00:00Z`).getTime() + 86400000);

/** The filters of the input, shared by the coalition feed and the public one. */
export function activityFiltersWhere(input: TListActivityInput) {
  return and(
    input.country ? arrayContains(activity.countryIso3s, [input.country]) : undefined,
    input.subjectType ? eq(activity.subjectType, input.subjectType) : undefined,
    input.verb ? eq(activity.verb, input.verb) : undefined,
    input.organizationId ? eq(activity.organizationId, input.organizationId) : undefined,
    input.from ? gte(activity.createdAt, new Date(`${input.from}T00:00:00Z`)) : undefined,
    input.to ? lt(activity.createdAt, nextDay(input.to)) : undefined,
  );
}

export async function listActivity({ ctx: { viewer }, input }: { ctx: { viewer: Viewer | null }; input: TListActivityInput }): Promise<TListActivityOutput> {
  // Whoever is outside the coalition reads the public feed, which has its own rules.
  if (!inCoalition(viewer)) return listPublicActivity({ input });
  const where = and(visibleActivityWhere(viewer), activityFiltersWhere(input));
  const rows = await db
    .select({ activity, actorName: user.name, organizationName: organization.name })
    .from(activity)
    .leftJoin(user, eq(user.id, activity.actorId))
    .leftJoin(organization, eq(organization.id, activity.organizationId))
    .where(where)
    .orderBy(desc(activity.createdAt), desc(activity.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await db.select({ n: count() }).from(activity).where(where);
  return {
    items: rows.map(({ activity: a, actorName, organizationName }) => {
      const summary = a.summary as { title?: LocalizedText | string; href?: string };
      return {
        id: a.id,
        verb: a.verb,
        subjectType: a.subjectType,
        subjectId: a.subjectId,
        actorName,
        organizationName,
        visibility: a.visibility,
        countryIso3s: a.countryIso3s,
        title: typeof summary.title === "string" ? { zh: summary.title, en: summary.title } : (summary.title ?? null),
        href: summary.href ?? null,
        createdAt: a.createdAt,
      };
    }),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
