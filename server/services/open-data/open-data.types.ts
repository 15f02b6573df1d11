// Contracts of the open-data endpoints: the data package descriptor (GET /api/v1/datapackage.json,
// also the zip's datapackage.json) and the parameters of the per-resource CSV route.
import { z } from "zod";

const ZTableFieldSchema = z.object({
  name: z.string(),
  type: z.enum(["string", "integer", "number", "boolean", "date", "datetime", "array"]),
  description: z.string(),
  format: z.enum(["uri", "uuid"]).optional(),
  constraints: z
    .object({ required: z.boolean().optional(), unique: z.boolean().optional(), enum: z.array(z.string()).optional() })
    .optional(),
});

const ZTableSchemaSchema = z.object({
  fields: z.array(ZTableFieldSchema),
  primaryKey: z.union([z.string(), z.array(z.string())]),
  foreignKeys: z.array(z.object({ fields: z.string(), reference: z.object({ resource: z.string(), fields: z.string() }) })).optional(),
  missingValues: z.tuple([z.literal("")]),
});

export const ZDataPackageSchema = z
  .object({
    profile: z.literal("tabular-data-package"),
    name: z.string(),
    id: z.string(),
    title: z.string(),
    description: z.string(),
    homepage: z.string(),
    version: z.string().meta({ description: "Date of the latest change + a hash of the data version", examples: ["2026-12-03+4be2c1d09a7f3e11"] }),
    created: z.string().meta({ format: "date-time" }),
    licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })),
    sources: z.array(z.object({ title: z.string(), path: z.string() })),
    resources: z.array(
      z.object({
        name: z.string().meta({ examples: ["countries"] }),
        path: z.string().meta({ description: "Relative to this descriptor", examples: ["dataset/countries.csv"] }),
        profile: z.literal("tabular-data-resource"),
        title: z.string(),
        description: z.string(),
        format: z.literal("csv"),
        mediatype: z.literal("text/csv"),
        encoding: z.literal("utf-8"),
        bytes: z.number().int(),
        hash: z.string().meta({ description: "sha256 of the CSV, prefixed `sha256:`" }),
        schema: ZTableSchemaSchema,
      }),
    ),
  })
  .meta({ description: "A Frictionless Tabular Data Package descriptor (https://specs.frictionlessdata.io/)" });
export type TDataPackage = z.infer<typeof ZDataPackageSchema>;

/** GET /api/v1/dataset/{resource}: `countries.csv` and the like. */
export const ZDatasetResourceParamsSchema = z.object({
  resource: z
    .string()
    .regex(/^[a-z0-9_]{1,64}\.csv$/)
    .meta({ examples: ["countries.csv"] }),
});
