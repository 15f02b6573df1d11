import { localizedIlike, sortableName } from "~/server/search/localized-match";
import { and, asc, count, eq, exists, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { advocacyAction, membership, organization } from "~/db/schema";
import { type Viewer, can } from "~/server/auth/policy";

export const ZListOrganizationsInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  q: z.string().trim().max(200).optional(),
  includeDeleted: z.boolean().default(false),
});

const hasPublicAction = exists(
  db
    .select({ one: sql`1` })
    .from(advocacyAction)
    .where(
      and(
        eq(advocacyAction.organizationId, organization.id),
        eq(advocacyAction.visibility, "public"),
        isNull(advocacyAction.deletedAt),
      ),
    ),
);

export async function listOrganizations(
  { ctx: { viewer }, input }: { ctx: { viewer: Viewer | null }; input: z.infer<typeof ZListOrganizationsInputSchema> },
) {
  // Deleted organisations are for admins only, whatever the caller asks for.
  const showDeleted = input.includeDeleted && can(viewer, "organization.delete");
  const pattern = input.q ? `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    showDeleted ? isNotNull(organization.id) : isNull(organization.deletedAt),
    pattern ? localizedIlike(organization.name, pattern) : undefined,
    // Belonging to the coalition can be dangerous: anonymous visitors learn of an organisation only
    // through its public actions (the public actions list names it anyway).
    viewer ? undefined : hasPublicAction,
  );
  const members = db
    .select({ organizationId: membership.organizationId, n: count().as("n") })
    .from(membership)
    .where(isNull(membership.endedAt))
    .groupBy(membership.organizationId)
    .as("members");
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: organization.id,
        slug: organization.slug,
        name: organization.name,
        countryIso3: organization.countryIso3,
        website: organization.website,
        isSample: organization.isSample,
        version: organization.version,
        deletedAt: organization.deletedAt,
        memberCount: sql<number>`coalesce(${members.n}, 0)::int`,
      })
      .from(organization)
      .leftJoin(members, eq(members.organizationId, organization.id))
      .where(where)
      .orderBy(asc(sortableName(organization.name)))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(organization).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
