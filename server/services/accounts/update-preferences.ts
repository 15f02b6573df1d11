// A person's own name and preferred language, with a version check against concurrent edits.
import { LOCALES } from "~/db/locales";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { ZVersionSchema } from "~/server/validation/database-values";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { EMAIL_DELIVERIES } from "~/db/schema/advocacy-vocabulary";
import { staleVersion } from "~/server/errors";
import { recordAuditEvent } from "~/server/services/audit/record-audit-event";
import type { AuthedServiceContext } from "~/server/services/context";

export const ZUpdatePreferencesInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  locale: z.enum(LOCALES),
  /** How notifications reach them by email; unchanged when left out. */
  emailDelivery: z.enum(EMAIL_DELIVERIES).optional(),
  version: ZVersionSchema,
});

export async function updatePreferences(
  { ctx, input }: { ctx: AuthedServiceContext; input: z.infer<typeof ZUpdatePreferencesInputSchema> },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: user.name, locale: user.locale, emailDelivery: user.emailDelivery, version: user.version })
      .from(user)
      .where(eq(user.id, ctx.viewer.id));
    const [after] = await tx
      .update(user)
      .set({
        name: input.name,
        locale: input.locale,
        ...(input.emailDelivery ? { emailDelivery: input.emailDelivery } : {}),
        version: input.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(user.id, ctx.viewer.id), eq(user.version, input.version)))
      .returning({ name: user.name, locale: user.locale, emailDelivery: user.emailDelivery, version: user.version });
    if (!after) throw staleVersion("user", before);
    await recordAuditEvent(tx, ctx, {
      action: "account.update_preferences",
      entityType: "user",
      entityId: ctx.viewer.id,
      before,
      after,
    });
    return after;
  });
}

export async function getOwnAccount({ ctx }: { ctx: AuthedServiceContext }) {
  const [row] = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale, emailDelivery: user.emailDelivery, version: user.version })
    .from(user)
    .where(eq(user.id, ctx.viewer.id));
  return { ...row!, role: ctx.viewer.role, organizationId: ctx.viewer.organizationId, countryIso3: ctx.viewer.countryIso3 };
}
