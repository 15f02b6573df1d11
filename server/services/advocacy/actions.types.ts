// Output schemas of advocacy actions: the list, one action, and the public API's action. Anonymous
// callers get public actions only (the where clause) and, through these shapes, no person at all.
import { z } from "zod";
import { ACTION_KINDS, OUTCOME_KINDS, TARGET_KINDS, VISIBILITIES } from "~/db/schema/advocacy-vocabulary";
import { ZLocalizedTextSchema, ZDaySchema, ZUuidSchema, pageOf } from "~/server/services/common.types";
import { ZLocalizedNameSchema } from "~/server/domain/localized-name";

// The columns are text (the vocabulary may grow without a migration): strings inside the app, the
// vocabulary's enums in the public API's shape.
const kind = z.string().meta({ description: ACTION_KINDS.join(", ") });
const outcomeKind = z.string().meta({ description: OUTCOME_KINDS.join(", ") });
const target = z.object({
  kind: z.string().meta({ description: TARGET_KINDS.join(", ") }),
  name: z.string(),
});
const apiTarget = z.object({ kind: z.enum(TARGET_KINDS), name: z.string() });

export const ZActionListItemSchema = z.object({
  id: ZUuidSchema,
  kind,
  date: ZDaySchema,
  title: z.string(),
  summary: z.string(),
  outcomeKind,
  visibility: z.enum(VISIBILITIES),
  organizationId: ZUuidSchema,
  organizationName: ZLocalizedTextSchema,
  isSample: z.boolean(),
  countries: z.array(z.string()),
});
export const ZListActionsOutputSchema = pageOf(ZActionListItemSchema);
export type TListActionsOutput = z.infer<typeof ZListActionsOutputSchema>;
export const ZPublicListActionsOutputSchema = pageOf(
  ZActionListItemSchema.extend({ visibility: z.literal("public") }),
);

const ZAttachmentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: z.string(), label: z.string() }),
  z.object({ kind: z.literal("file"), uploadId: ZUuidSchema, label: z.string(), filename: z.string() }),
]);

/** One action as anyone may read it (public actions: no person, no bookkeeping of who entered it). */
export const ZPublicActionDetailSchema = z.object({
  id: ZUuidSchema,
  organizationId: ZUuidSchema,
  organizationName: ZLocalizedTextSchema,
  kind,
  date: ZDaySchema,
  title: z.string(),
  summary: z.string(),
  outcome: z.string(),
  outcomeKind,
  visibility: z.literal("public"),
  isSample: z.boolean(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  countries: z.array(z.object({ iso3: z.string(), name: ZLocalizedNameSchema })),
  targets: z.array(target),
  measures: z.array(z.object({ slug: z.string(), title: ZLocalizedTextSchema })),
  units: z.array(z.object({ document: z.string(), symbol: z.string().nullable(), locator: z.string() })),
  records: z.array(
    z.object({
      id: ZUuidSchema,
      type: z.enum(["commitment", "focal_point", "parliamentary_action"]),
      date: ZDaySchema,
      title: ZLocalizedTextSchema,
    }),
  ),
  attachments: z.array(ZAttachmentSchema),
  /** People's names are for the coalition: always empty here. */
  authors: z.array(z.object({ id: ZUuidSchema, name: z.string() })).max(0),
  mayEdit: z.literal(false),
});

export const ZGetActionOutputSchema = ZPublicActionDetailSchema.extend({
  visibility: z.enum(VISIBILITIES),
  authors: z.array(z.object({ id: ZUuidSchema, name: z.string() })),
  mayEdit: z.boolean(),
  /** Signed-in callers only (the edit form's authorship check); the public shape above omits it. */
  createdById: ZUuidSchema,
});
export type TGetActionOutput = z.infer<typeof ZGetActionOutputSchema>;

/** GET /api/v1/actions: one public action. */
export const ZPublicActionSchema = z
  .object({
    id: ZUuidSchema,
    date: ZDaySchema,
    kind: z.enum(ACTION_KINDS),
    title: z.string(),
    summary: z.string(),
    outcomeKind: z.enum(OUTCOME_KINDS),
    outcome: z.string(),
    visibility: z.literal("public"),
    organization: ZLocalizedTextSchema.meta({ description: "The coalition organisation that logged it" }),
    countries: z.array(z.string()).meta({ description: "ISO 3166 alpha-3" }),
    targets: z.array(apiTarget),
    measures: z.array(z.string()).meta({ description: "measure slugs" }),
    units: z.array(z.object({ document: z.string(), locator: z.string() })),
    records: z.array(ZUuidSchema).meta({ description: "published records it led to" }),
    attachments: z.array(
      z.union([
        z.object({ kind: z.literal("url"), url: z.string(), label: z.string() }),
        z.object({ kind: z.literal("file"), file: z.string(), filename: z.string(), label: z.string() }),
      ]),
    ),
    isSample: z.boolean(),
  })
  .meta({
    description:
      "A public advocacy action of a coalition organisation: who was addressed, about what, with what outcome.",
  });
export const ZPublicActionsOutputSchema = pageOf(ZPublicActionSchema);
