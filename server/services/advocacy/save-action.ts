// Log, edit (version-checked) and soft-delete advocacy actions. Each write is audited and leaves a
// line in the activity feed carrying the action's visibility, organisation and countries.
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { db, type Queryable } from "~/db/client";
import { advocacyAction, advocacyActionCountry } from "~/db/schema";
import { can } from "~/server/auth/policy";
import { forbidden, notFound, staleVersion } from "~/server/errors";
import { recordActivity, retagActivity } from "~/server/services/activity/record-activity";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import { onActionOutcomeChanged } from "~/server/services/follows/follower-events";
import { notifyingTransaction } from "~/server/services/notifications/notify";
import type { AuthedServiceContext } from "~/server/services/context";
import { searchTokens } from "~/server/search/tokenize";
import { resolveActionLinks, writeActionLinks } from "./action-links";
import type { TActionFields, TCreateActionInput, TUpdateActionInput } from "./action-schemas";
import { visibleActionsWhere } from "./action-visibility";

type ActionRow = typeof advocacyAction.$inferSelect;

function columnsOf(input: TActionFields) {
  return {
    kind: input.kind,
    date: input.date,
    title: input.title,
    summary: input.summary,
    outcome: input.outcome,
    outcomeKind: input.outcomeKind,
    visibility: input.visibility,
    searchTokens: searchTokens(
      [input.title, input.summary, input.outcome, ...input.targets.map((t) => t.name)].join("\n"),
    ),
  };
}

/** Actions the viewer may change: live, visible to them, and of their own organisation. */
function editableWhere(ctx: AuthedServiceContext, id: string): SQL {
  return and(
    eq(advocacyAction.id, id),
    visibleActionsWhere(ctx.viewer),
    eq(advocacyAction.organizationId, ctx.viewer.organizationId ?? "00000000-0000-0000-0000-000000000000"),
  )!;
}

const activityTags = (row: ActionRow, countries: string[]) => ({
  organizationId: row.organizationId,
  visibility: row.visibility,
  countryIso3s: countries,
});

async function logActivity(
  tx: Queryable,
  ctx: AuthedServiceContext,
  verb: string,
  row: ActionRow,
  countries: string[],
) {
  await recordActivity(tx, ctx, {
    verb,
    subjectType: "action",
    subjectId: row.id,
    ...activityTags(row, countries),
    summary: { title: row.title, kind: row.kind, date: row.date },
  });
}

export async function createAction(
  { ctx, input, opts = {} }: { ctx: AuthedServiceContext; input: TCreateActionInput; opts?: { isSample?: boolean } },
) {
  if (!can(ctx.viewer, "action.create") || !ctx.viewer.organizationId) throw forbidden("action.create");
  const organizationId = ctx.viewer.organizationId;
  return db.transaction(async (tx) => {
    const links = await resolveActionLinks(tx, ctx.viewer, input);
    const [row] = await tx
      .insert(advocacyAction)
      .values({
        ...columnsOf(input),
        organizationId,
        createdById: ctx.viewer.id,
        isSample: opts.isSample ?? false,
      })
      .returning();
    await writeActionLinks(tx, row!.id, links, input.targets);
    await recordAuditEvent(tx, ctx, {
      action: "action.create",
      entityType: "advocacy_action",
      entityId: row!.id,
      after: { ...row, links: { ...links, targets: input.targets } },
    });
    await logActivity(tx, ctx, "action.created", row!, links.countries);
    return row!;
  });
}

export async function updateAction({ ctx, input }: { ctx: AuthedServiceContext; input: TUpdateActionInput }) {
  if (!can(ctx.viewer, "action.update")) throw forbidden("action.update");
  return notifyingTransaction(async (tx, outbox) => {
    const [before] = await tx.select().from(advocacyAction).where(editableWhere(ctx, input.id));
    if (!before) throw notFound("action");
    const links = await resolveActionLinks(tx, ctx.viewer, input, before);
    const [after] = await tx
      .update(advocacyAction)
      .set({ ...columnsOf(input), version: input.version + 1, updatedAt: new Date() })
      .where(and(eq(advocacyAction.id, input.id), eq(advocacyAction.version, input.version)))
      .returning();
    if (!after) {
      const [current] = await tx.select().from(advocacyAction).where(eq(advocacyAction.id, input.id));
      throw staleVersion("action", current);
    }
    await writeActionLinks(tx, after.id, links, input.targets);
    await recordAuditEvent(tx, ctx, {
      action: "action.update",
      entityType: "advocacy_action",
      entityId: after.id,
      before,
      after: { ...after, links: { ...links, targets: input.targets } },
    });
    // Past feed lines follow the action's new visibility and countries (always: cheap and simple).
    await retagActivity(
      tx,
      { subjectType: "action", subjectId: after.id },
      activityTags(after, links.countries),
    );
    await logActivity(tx, ctx, "action.updated", after, links.countries);
    await onActionOutcomeChanged(tx, ctx, outbox, before, after);
    return after;
  });
}

export async function deleteAction({ ctx, input }: { ctx: AuthedServiceContext; input: { id: string } }) {
  if (!can(ctx.viewer, "action.delete")) throw forbidden("action.delete");
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(advocacyAction)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(and(editableWhere(ctx, input.id), isNull(advocacyAction.deletedAt)))
      .returning();
    if (!after) throw notFound("action");
    await recordAuditEvent(tx, ctx, {
      action: "action.delete",
      entityType: "advocacy_action",
      entityId: after.id,
      after: { deletedAt: after.deletedAt },
    });
    const countries = await countriesOf(tx, after.id);
    await logActivity(tx, ctx, "action.deleted", after, countries);
    return after;
  });
}

async function countriesOf(tx: Queryable, actionId: string) {
  const rows = await tx
    .select({ iso3: advocacyActionCountry.countryIso3 })
    .from(advocacyActionCountry)
    .where(eq(advocacyActionCountry.actionId, actionId));
  return rows.map((r) => r.iso3);
}
