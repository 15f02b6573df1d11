// People in the coalition. Staff see everyone; a member sees their own organisation — in the query.
import { and, asc, count, eq, ilike, isNull, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { membership, organization, user } from "~/db/schema";
import { type Viewer, isStaff, ROLES } from "~/server/auth/policy";

export const ZListUsersInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  organizationId: z.string().uuid().optional(),
});

function visibleTo(viewer: Viewer): SQL | undefined {
  if (isStaff(viewer)) return undefined;
  // Someone with no organisation sees only themself.
  return viewer.organizationId
    ? eq(membership.organizationId, viewer.organizationId)
    : eq(user.id, viewer.id);
}

export async function listUsers({ ctx: { viewer }, input }: { ctx: { viewer: Viewer }; input: z.infer<typeof ZListUsersInputSchema> }) {
  const pattern = input.q ? `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    visibleTo(viewer),
    pattern ? or(ilike(user.email, pattern), ilike(user.name, pattern)) : undefined,
    input.role ? eq(membership.role, input.role) : undefined,
    input.organizationId ? eq(membership.organizationId, input.organizationId) : undefined,
  );
  const base = () =>
    db
      .select({
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        isSample: user.isSample,
        deactivatedAt: user.deactivatedAt,
        version: user.version,
        role: membership.role,
        organizationId: membership.organizationId,
        organizationName: organization.name,
        countryIso3: membership.countryIso3,
      })
      .from(user)
      .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
      .leftJoin(organization, eq(organization.id, membership.organizationId));
  const [items, [total]] = await Promise.all([
    base()
      .where(where)
      .orderBy(asc(user.email))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db
      .select({ n: count() })
      .from(user)
      .innerJoin(membership, and(eq(membership.userId, user.id), isNull(membership.endedAt)))
      .where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
