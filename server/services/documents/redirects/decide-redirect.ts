// The secretariat confirms a flagged redirect's successor or re-points it to another live paragraph
// of the same document. In one transaction: the redirect is settled, every link still on the retired
// paragraph (citations, measure sources, records, advocacy actions) moves to the chosen one, and the
// decision is audited (`unit_redirect.decide`).
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { document, documentUnit, unitRedirect } from "~/db/schema";
import { AppError, notFound } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";
import type { TDecideRedirectInput, TDecideRedirectOutput } from "./redirect-review.types";
import { moveUnitLinks } from "./unit-links";

const invalidTarget = () =>
  new AppError("VALIDATION", "the new paragraph must be a live paragraph of the same document", {
    messageKey: "redirectReview.targetNotInDocument",
    fields: { toUnitId: "redirectReview.targetNotInDocument" },
  });

export async function decideRedirect({ ctx, input }: { ctx: AuthedServiceContext; input: TDecideRedirectInput }): Promise<TDecideRedirectOutput> {
  return db.transaction(async (tx) => {
    // Two reviewers deciding the same redirect: the second waits here, then finds it settled.
    const [redirect] = await tx
      .select({ redirect: unitRedirect })
      .from(unitRedirect)
      .innerJoin(document, eq(document.id, unitRedirect.documentId))
      .where(and(eq(unitRedirect.fromUnitId, input.fromUnitId), isNull(document.deletedAt)))
      .for("update", { of: unitRedirect });
    if (!redirect) throw notFound("unit_redirect");
    const before = redirect.redirect;
    if (!before.needsReview) throw new AppError("CONFLICT", "redirect already decided", { messageKey: "redirectReview.alreadyDecided" });
    if (before.toUnitId !== input.proposedUnitId) {
      throw new AppError("CONFLICT", "the proposed paragraph changed meanwhile", { messageKey: "staleVersion", details: { entity: "unit_redirect" } });
    }
    const toUnitId = input.decision === "confirm" ? input.proposedUnitId : input.toUnitId;
    const [target] = await tx
      .select({ id: documentUnit.id })
      .from(documentUnit)
      .where(and(eq(documentUnit.id, toUnitId), eq(documentUnit.documentId, before.documentId), isNull(documentUnit.retiredAt)));
    if (!target || toUnitId === before.fromUnitId) throw invalidTarget();

    await tx.update(unitRedirect).set({ toUnitId, needsReview: false }).where(eq(unitRedirect.fromUnitId, before.fromUnitId));
    // Redirects of older versions that ended on this paragraph follow the decision too.
    await tx
      .update(unitRedirect)
      .set({ toUnitId })
      .where(and(eq(unitRedirect.toUnitId, before.fromUnitId), sql`${unitRedirect.fromUnitId} <> ${before.fromUnitId}`));
    const moved = await moveUnitLinks(tx, before.fromUnitId, toUnitId);
    await recordAuditEvent(tx, ctx, {
      action: "unit_redirect.decide",
      entityType: "unit_redirect",
      entityId: before.fromUnitId,
      before: { toUnitId: before.toUnitId, similarity: before.similarity, needsReview: true },
      after: { decision: input.decision, toUnitId, needsReview: false, moved },
    });
    return { fromUnitId: before.fromUnitId, toUnitId, decision: input.decision, moved };
  });
}
