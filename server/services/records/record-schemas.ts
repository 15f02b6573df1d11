// What a record is made of, at every boundary: forms, tRPC, CSV rows. Type-specific rules live here.
import { z } from "zod";
import { localizedTextInput } from "~/server/validation/localized-text-input";
import { ZSerialIdSchema, ZVersionSchema } from "~/server/validation/database-values";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  DECISIONS,
  PARLIAMENTARY_KINDS,
  PARLIAMENTARY_STATUSES,
  RECORD_TYPES,
  VENUES,
} from "~/db/schema/record-vocabulary";

export {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  DECISIONS,
  PARLIAMENTARY_KINDS,
  PARLIAMENTARY_STATUSES,
  RECORD_TYPES,
  REVIEW_STATUSES,
  type TRecordType,
  VENUES,
} from "~/db/schema/record-vocabulary";

const text = (max: number) => z.string().trim().max(max).default("");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const isoDate = z.iso.date();

/** A document unit cited by its document slug and stable locator, e.g. `a-72-884` + `45(a)`. */
export const ZUnitRefSchema = z.object({
  document: z.string().trim().min(1).max(100),
  locator: z.string().trim().min(1).max(100),
});

export const ZEvidenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), url: z.url({ protocol: /^https?$/ }).max(2000), label: text(300) }),
  z.object({ kind: z.literal("file"), uploadId: z.uuid(), label: text(300) }),
]);

const fields = z.object({
  type: z.enum(RECORD_TYPES),
  countryIso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "validation.countryCode" })
    .nullish()
    .transform((v) => v ?? null),
  regionalOrganizationId: ZSerialIdSchema.nullish().transform((v) => v ?? null),
  /** Any of the six languages; at least one (checked below, with the other type rules). */
  title: localizedTextInput(500).default({}),
  description: localizedTextInput(10_000).default({}),
  date: isoDate,
  status: optionalText(40),
  kind: optionalText(40),
  venue: optionalText(40),
  treaty: optionalText(300),
  endedOn: isoDate.nullish().transform((v) => v ?? null),
  office: optionalText(300),
  positionTitle: optionalText(300),
  personName: optionalText(300),
  personNamePublic: z.boolean().default(false),
  network: z.boolean().default(false),
  chamber: optionalText(200),
  membersInvolved: optionalText(2000),
  outcome: optionalText(5000),
  notes: text(10_000),
  /** Measure slugs. */
  measures: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  units: z.array(ZUnitRefSchema).max(100).default([]),
  evidence: z.array(ZEvidenceSchema).max(50).default([]),
});

type Fields = z.infer<typeof fields>;

/** Which values each type needs; issues carry message keys so forms show them beside the field. */
function typeRules(v: Fields, ctx: z.RefinementCtx) {
  const need = (field: keyof Fields, ok: boolean, message = "validation.required") => {
    if (!ok) ctx.addIssue({ code: "custom", path: [field], message });
  };
  const oneOf = (field: keyof Fields, values: readonly string[]) =>
    need(field, values.includes(String(v[field] ?? "")), "validation.choose");
  need("countryIso3", (v.countryIso3 === null) !== (v.regionalOrganizationId === null), "validation.countryOrRegion");
  need("title", Object.keys(v.title).length > 0, "validation.titleOneLanguage");
  if (v.type === "commitment") {
    oneOf("kind", COMMITMENT_KINDS);
    oneOf("venue", VENUES);
    oneOf("status", COMMITMENT_STATUSES);
    if (v.kind === "treaty_action") need("treaty", !!v.treaty);
  } else if (v.type === "focal_point") {
    need("office", !!v.office);
    if (v.endedOn) need("endedOn", v.endedOn >= v.date, "validation.endBeforeStart");
  } else {
    need("countryIso3", v.countryIso3 !== null, "validation.countryCode");
    oneOf("kind", PARLIAMENTARY_KINDS);
    oneOf("status", PARLIAMENTARY_STATUSES);
    need("chamber", !!v.chamber);
  }
}

export const ZRecordFieldsSchema = fields.superRefine(typeRules);
export type TRecordFields = z.output<typeof ZRecordFieldsSchema>;
export type TRecordFieldsInput = z.input<typeof ZRecordFieldsSchema>;

export const ZCreateRecordInputSchema = fields.extend({ submit: z.boolean().default(false) }).superRefine(typeRules);
export const ZUpdateRecordInputSchema = fields
  .extend({ id: z.uuid(), version: ZVersionSchema, submit: z.boolean().default(false) })
  .superRefine(typeRules);
export const ZRecordIdInputSchema = z.object({ id: z.uuid() });
export const ZRecordVersionInputSchema = z.object({ id: z.uuid(), version: ZVersionSchema });
export const ZDecideInputSchema = z
  .object({
    id: z.uuid(),
    version: ZVersionSchema,
    decision: z.enum(DECISIONS),
    message: z.string().trim().max(5000).default(""),
  })
  // The submitter must learn why: a request for changes or a rejection says so.
  .refine((v) => v.decision === "published" || v.message.length > 0, {
    path: ["message"],
    message: "validation.decisionMessage",
  });
export const ZRestoreRevisionInputSchema = z.object({
  id: z.uuid(),
  version: ZVersionSchema,
  revisionId: z.uuid(),
});

export type TCreateRecordInput = z.output<typeof ZCreateRecordInputSchema>;
export type TUpdateRecordInput = z.output<typeof ZUpdateRecordInputSchema>;
export type TDecideInput = z.output<typeof ZDecideInputSchema>;
