// The OpenAPI document of the public read API, generated from the endpoints' zod schemas (the same
// ones the handlers parse their answers through), so the contract cannot drift from the responses.
// Objects are closed (`additionalProperties: false`): a field is public only if its schema names it.
import { z } from "zod";
import { COMPONENT_NAMES } from "./components";
import { ZApiErrorSchema, PUBLIC_ENDPOINTS, type PublicEndpoint } from "./endpoints";

type JsonSchema = Record<string, unknown>;

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
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output", components?: Record<string, unknown>): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io,
    metadata,
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
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

/** One schema as JSON Schema, its named parts under `components.schemas` beside it (for tests). */
export function toPublicJsonSchema(schema: z.ZodType): JsonSchema {
  const schemas: Record<string, unknown> = {};
  return { ...jsonSchemaOf(schema, "output", schemas), components: { schemas } };
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
  return {
    get: {
      summary: e.summary,
      parameters: [...parameters(e.params, "path"), ...parameters(e.query, "query")],
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
        "Read-only JSON over published data. No authentication. Lists take `page` (1-based) and `pageSize` (max 500) and return `{items, total, page, pageSize}`. Objects carry exactly the fields named here. Titles, descriptions and organisation names are `LocalizedText` objects: one key per UN language that has the text (`ar`, `zh`, `en`, `fr`, `ru`, `es`), none for a language not translated yet; a new translation adds a key, never a field.",
    },
    servers: [{ url: `${baseUrl.replace(/\/$/, "")}/api/v1` }],
    paths,
    components: { schemas },
  };
}
