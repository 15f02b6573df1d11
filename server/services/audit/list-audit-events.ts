import { and, count, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "~/db/client";
import { auditEvent, user } from "~/db/schema";
import { hidePrivateWork } from "./private-payloads";

export const ZListAuditEventsInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(200).optional(),
  actorEmail: z.string().trim().toLowerCase().max(320).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export type TListAuditEventsInput = z.infer<typeof ZListAuditEventsInputSchema>;

export async function listAuditEvents({ input }: { input: TListAuditEventsInput }) {
  const filters: (SQL | undefined)[] = [
    input.action ? eq(auditEvent.action, input.action) : undefined,
    input.entityType ? eq(auditEvent.entityType, input.entityType) : undefined,
    input.entityId ? eq(auditEvent.entityId, input.entityId) : undefined,
    input.actorEmail ? eq(user.email, input.actorEmail) : undefined,
    input.from ? gte(auditEvent.createdAt, input.from) : undefined,
    input.to ? lte(auditEvent.createdAt, input.to) : undefined,
  ];
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: auditEvent.id,
        action: auditEvent.action,
        entityType: auditEvent.entityType,
        entityId: auditEvent.entityId,
        before: auditEvent.before,
        after: auditEvent.after,
        requestId: auditEvent.requestId,
        createdAt: auditEvent.createdAt,
        actorEmail: user.email,
      })
      .from(auditEvent)
      .leftJoin(user, eq(user.id, auditEvent.actorId))
      .where(where)
      .orderBy(desc(auditEvent.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db
      .select({ n: count() })
      .from(auditEvent)
      .leftJoin(user, eq(user.id, auditEvent.actorId))
      .where(where),
  ]);
  // Admins are outside every organisation: its private work shows as "changed", not its content.
  return { items: await hidePrivateWork(items), total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
