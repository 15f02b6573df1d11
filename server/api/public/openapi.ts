// The OpenAPI document of the public read API, generated from the endpoints' zod schemas (the same
// ones the handlers parse their answers through), so the contract cannot drift from the responses.
// Objects are closed (`additionalProperties: false`): a field is public only if its schema names it.
import { z } from "zod";
import { isLocale, LOCALES } from "~/db/locales";
import { COMPONENT_NAMES } from "./components";
import { ZApiErrorSchema, PUBLIC_ENDPOINTS, type PublicEndpoint } from "./endpoints";

type JsonSchema = Record<string, unknown>;

/** Endpoints whose answers carry no localized text (or are files): no `lang` parameter. */
const NOT_LOCALIZED = new Set(["/health", "/datapackage.json"]);

/** The `lang` parameter every other endpoint takes (decision 030). */
const LANG_PARAMETER = {
  name: "lang",
  in: "query",
  required: false,
  schema: { type: "string", enum: [...LOCALES] },
  description:
    "The language of the answer's texts. Without it, the best match of the Accept-Language header; without that, English. Any other value is a 400. The answer says its language in Content-Language and varies on Accept-Language.",
};

/** An object schema whose every key is a UN language code: a localized text (see response-language.ts). */
function isLocalizedObject(schema: z.ZodType): boolean {
  const def = schema._zod.def as { type: string; shape?: Record<string, unknown> };
  if (def.type !== "object" || !def.shape) return false;
  const keys = Object.keys(def.shape);
  return keys.length > 0 && keys.every(isLocale);
}

/** zod's metadata (descriptions, examples) plus the component names: what the generator reads. */
const metadata = {
  get: (schema: z.ZodType) => {
    const name = COMPONENT_NAMES.get(schema);
    const meta = z.globalRegistry.get(schema);
    return name ? { ...meta, id: name } : meta;
  },
} as unknown as z.core.$ZodRegistry<z.core.JSONSchemaMeta>;

/**
 * JSON carries Dates as ISO strings; everything else zod renders itself. Named shapes are collected
 * into `components` (the document's `components.schemas`) and referred to by `$ref`.
 */
function jsonSchemaOf(
  schema: z.ZodType,
  io: "input" | "output",
  components?: Record<string, unknown>,
  { oneLanguage = true }: { oneLanguage?: boolean } = {},
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io,
    metadata,
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
      // Answers narrow each localized text to one entry: the request's language or its fallback.
      if (io === "output" && oneLanguage && isLocalizedObject(ctx.zodSchema as unknown as z.ZodType)) {
        ctx.jsonSchema.properties = Object.fromEntries(LOCALES.map((l) => [l, { type: "string" }]));
        delete ctx.jsonSchema.required;
        delete ctx.jsonSchema.examples;
        ctx.jsonSchema.minProperties = 0;
        ctx.jsonSchema.maxProperties = 1;
        ctx.jsonSchema.description =
          "A text in the request's language, keyed by the language it is actually in: the requested one, or the nearest that has it (own → en → zh → the rest)";
      }
    },
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...out } = JSON.parse(
    JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as JsonSchema & { $defs?: Record<string, unknown> };
  if ($defs) {
    if (!components) throw new Error("A named schema in a parameter: name it in a response only");
    Object.assign(components, $defs);
  }
  return out;
}

/**
 * One schema as JSON Schema, its named parts under `components.schemas` beside it (for tests). Localized
 * texts keep every language here: this is the shape services and tRPC answer with, before the HTTP API
 * narrows them to the request's language.
 */
export function toPublicJsonSchema(schema: z.ZodType): JsonSchema {
  const schemas: Record<string, unknown> = {};
  return { ...jsonSchemaOf(schema, "output", schemas, { oneLanguage: false }), components: { schemas } };
}

/** Path or query parameters from an object schema's properties. */
function parameters(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || ((json.required ?? []).includes(name) && rest.default === undefined),
      schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

function operation(e: PublicEndpoint, components: Record<string, unknown>) {
  const json = (schema: z.ZodType) => ({ "application/json": { schema: jsonSchemaOf(schema, "output", components) } });
  // A file (the dataset's zip and CSVs) is described by its media type; JSON by its schema.
  const ok = e.mediaType ? { [e.mediaType]: { schema: { type: "string", format: "binary" } } } : json(e.response);
  const responses: Record<string, unknown> = { "200": { description: "OK", content: ok } };
  for (const [status, description] of Object.entries(e.errors ?? {})) {
    responses[status] = { description, content: json(status === "503" ? e.response : ZApiErrorSchema) };
  }
  for (const [status, description] of Object.entries(e.redirects ?? {})) responses[status] = { description };
  const localized = !e.mediaType && !NOT_LOCALIZED.has(e.path);
  if (localized && !responses["400"]) {
    responses["400"] = { description: "`lang` is not one of the six languages", content: json(ZApiErrorSchema) };
  }
  return {
    get: {
      summary: e.summary,
      parameters: [
        ...parameters(e.params, "path"),
        ...parameters(e.query, "query"),
        ...(localized ? [LANG_PARAMETER] : []),
      ],
      responses,
    },
  };
}

export function openApiDocument(baseUrl: string) {
  const schemas: Record<string, unknown> = {};
  const paths = Object.fromEntries(Object.values(PUBLIC_ENDPOINTS).map((e) => [e.path, operation(e, schemas)]));
  return {
    openapi: "3.1.0",
    info: {
      title: "R2P Tracker public API",
      version: "1",
      description:
        "Read-only JSON over published data. No authentication. Lists take `page` (1-based) and `pageSize` (max 500) and return `{items, total, page, pageSize}`. Objects carry exactly the fields named here. Texts (titles, descriptions, names) are `LocalizedText` objects keyed by the UN language they are in (`ar`, `zh`, `en`, `fr`, `ru`, `es`). An answer carries one language: `?lang=`, else the best match of Accept-Language, else English; the key is the requested language unless that translation is missing, when it names the fallback actually given.",
    },
    servers: [{ url: `${baseUrl.replace(/\/$/, "")}/api/v1` }],
    paths,
    components: { schemas },
  };
}
