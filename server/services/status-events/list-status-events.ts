// A record's status history as the caller may see it (oldest first), and the secretariat's queue of
// proposed changes waiting for review, each with its record beside it.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { record, recordStatusEvent } from "~/db/schema";
import type { Viewer } from "~/server/auth/policy";
import { notFound } from "~/server/errors";
import type { ServiceContext } from "~/server/services/context";
import { visibleWhere } from "~/server/services/records/record-access";
import { eventColumns, visibleEventsWhere } from "./status-event-access";
import type { z } from "zod";
import type { ZListStatusEventsInputSchema, ZStatusEventQueueInputSchema } from "./status-events.types";

export async function listStatusEvents({ ctx, input }: { ctx: ServiceContext; input: z.output<typeof ZListStatusEventsInputSchema> }) {
  const [target] = await db.select({ id: record.id }).from(record).where(and(eq(record.id, input.recordId), visibleWhere(ctx.viewer)));
  if (!target) throw notFound("record");
  const items = await db
    .select(eventColumns)
    .from(recordStatusEvent)
    .where(and(eq(recordStatusEvent.recordId, target.id), visibleEventsWhere(ctx.viewer)))
    .orderBy(asc(recordStatusEvent.date), asc(recordStatusEvent.createdAt));
  return { items };
}

export async function statusEventQueue({ ctx: _ctx, input }: { ctx: ServiceContext & { viewer: Viewer }; input: z.output<typeof ZStatusEventQueueInputSchema> }) {
  const waiting = and(eq(recordStatusEvent.reviewStatus, "submitted"), isNull(recordStatusEvent.deletedAt), isNull(record.deletedAt));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...eventColumns,
        record: {
          id: record.id,
          type: record.type,
          title: record.title,
          countryIso3: record.countryIso3,
          status: record.status,
          date: record.date,
        },
      })
      .from(recordStatusEvent)
      .innerJoin(record, eq(record.id, recordStatusEvent.recordId))
      .where(waiting)
      // Oldest proposals first: the queue is worked through in the order it filled.
      .orderBy(asc(recordStatusEvent.createdAt), asc(recordStatusEvent.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(recordStatusEvent).innerJoin(record, eq(record.id, recordStatusEvent.recordId)).where(waiting),
  ]);
  return { items: rows, total: Number(total?.n ?? 0), page: input.page, pageSize: input.pageSize };
}
