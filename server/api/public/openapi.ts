// The OpenAPI document of the public read API. Each endpoint added to /api/v1 is described here
// (paths); the shapes they return are in openapi-schemas.ts.
import { openApiSchemas } from "./openapi-schemas";

export function openApiDocument(baseUrl: string) {
  const paginated = (item: object) => ({
    type: "object",
    required: ["items", "total", "page", "pageSize"],
    properties: {
      items: { type: "array", items: item },
      total: { type: "integer", minimum: 0 },
      page: { type: "integer", minimum: 1 },
      pageSize: { type: "integer", minimum: 1, maximum: 500 },
    },
  });
  const errorBody = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  const badRequest = { description: "Invalid query: the field errors name the parameter", content: errorBody };
  const notFoundResponse = { description: "No such document or unit", content: errorBody };
  const slugParam = { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "e.g. `a-63-677`" };
  return {
    openapi: "3.1.0",
    info: {
      title: "R2P Tracker public API",
      version: "1",
      description:
        "Read-only JSON over published data. No authentication. Lists take `page` (1-based) and `pageSize` (max 500) and return `{items, total, page, pageSize}`.",
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    components: {
      parameters: {
        page: { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        pageSize: {
          name: "pageSize",
          in: "query",
          schema: { type: "integer", minimum: 1, maximum: 500, default: 50 },
        },
      },
      schemas: openApiSchemas,
    },
    paths: {
      "/health": {
        get: {
          summary: "Service and database health",
          responses: {
            "200": {
              description: "Healthy",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { status: { const: "ok" }, db: { enum: ["pglite", "postgres"] } },
                  },
                },
              },
            },
            "503": { description: "The database is unreachable" },
          },
        },
      },
      "/documents": {
        get: {
          summary: "The documents of the reference library",
          parameters: [{ $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/pageSize" }],
          responses: {
            "200": {
              description: "A page of documents",
              content: { "application/json": { schema: paginated({ $ref: "#/components/schemas/DocumentSummary" }) } },
            },
            "400": badRequest,
          },
        },
      },
      "/documents/{slug}": {
        get: {
          summary: "One document with its units and footnotes",
          parameters: [slugParam],
          responses: {
            "200": { description: "The document", content: { "application/json": { schema: { $ref: "#/components/schemas/Document" } } } },
            "404": notFoundResponse,
          },
        },
      },
      "/documents/{slug}/units/{locator}": {
        get: {
          summary: "One unit or footnote, with its footnotes, citations and what cites it",
          parameters: [
            slugParam,
            { name: "locator", in: "path", required: true, schema: { type: "string" }, description: "e.g. `45(a)`, `annex-3`, `fn-12`" },
          ],
          responses: {
            "200": { description: "The unit", content: { "application/json": { schema: { $ref: "#/components/schemas/UnitDetail" } } } },
            "308": {
              description:
                "The paragraph was retired by a new version of the document; Location is its closest successor",
            },
            "404": notFoundResponse,
          },
        },
      },
      "/search": {
        get: {
          summary:
            "Ranked full-text search over measures (type `measure`, first), public advocacy actions (type `action`), paragraphs and footnotes (Chinese and English)",
          parameters: [
            { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 200 } },
            { name: "document", in: "query", schema: { type: "string" }, description: "Limit to one document slug" },
            { $ref: "#/components/parameters/page" },
            { $ref: "#/components/parameters/pageSize" },
          ],
          responses: {
            "200": {
              description: "A page of hits, best first",
              content: { "application/json": { schema: paginated({ $ref: "#/components/schemas/SearchHit" }) } },
            },
            "400": badRequest,
          },
        },
      },
      "/records": {
        get: {
          summary: "Published records: commitments, focal-point appointments, parliamentary actions",
          parameters: [
            { $ref: "#/components/parameters/page" },
            { $ref: "#/components/parameters/pageSize" },
            { name: "type", in: "query", schema: { enum: ["commitment", "focal_point", "parliamentary_action"] } },
            { name: "country", in: "query", schema: { type: "string", pattern: "^[A-Z]{3}$" }, description: "ISO3" },
            { name: "measure", in: "query", schema: { type: "string" }, description: "measure slug" },
          ],
          responses: {
            "200": {
              description: "A page of published records",
              content: { "application/json": { schema: paginated({ $ref: "#/components/schemas/Record" }) } },
            },
            "400": badRequest,
          },
        },
      },
      "/actions": {
        get: {
          summary: "Public advocacy actions (organisation-only and coalition-only actions are never listed), newest first",
          parameters: [
            { name: "country", in: "query", schema: { type: "string", pattern: "^[A-Z]{3}$" }, description: "ISO3" },
            { name: "kind", in: "query", schema: { type: "string" }, description: "e.g. `meeting`" },
            { name: "measure", in: "query", schema: { type: "string" }, description: "measure slug" },
            { $ref: "#/components/parameters/page" },
            { $ref: "#/components/parameters/pageSize" },
          ],
          responses: {
            "200": {
              description: "A page of public actions",
              content: { "application/json": { schema: paginated({ $ref: "#/components/schemas/Action" }) } },
            },
            "400": badRequest,
          },
        },
      },
      "/measures": {
        get: {
          summary: "The measures catalogue, filtered",
          parameters: [
            { name: "actor", in: "query", schema: { type: "string" }, description: "e.g. `parliament`" },
            { name: "pillar", in: "query", schema: { enum: ["1", "2", "3", "none"] } },
            { name: "category", in: "query", schema: { type: "string" }, description: "e.g. `early_warning`" },
            { name: "prevention", in: "query", schema: { enum: ["upstream", "downstream", "none"] } },
            { name: "key", in: "query", schema: { type: "boolean" } },
            { name: "document", in: "query", schema: { type: "string" }, description: "Measures citing this document slug" },
            { name: "q", in: "query", schema: { type: "string", maxLength: 200 }, description: "Text search (Chinese or English)" },
            { $ref: "#/components/parameters/page" },
            { $ref: "#/components/parameters/pageSize" },
          ],
          responses: {
            "200": { description: "A page of measures", content: { "application/json": { schema: paginated({ $ref: "#/components/schemas/Measure" }) } } },
            "400": badRequest,
          },
        },
      },
      "/measures/{slug}": {
        get: {
          summary: "One measure with its description and each source's unit text",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" }, description: "e.g. `appoint-national-r2p-focal-point`" }],
          responses: {
            "200": { description: "The measure", content: { "application/json": { schema: { $ref: "#/components/schemas/MeasureDetail" } } } },
            "308": { description: "The measure was merged into another: its URL" },
            "404": { description: "No such measure", content: errorBody },
          },
        },
      },
      "/countries": {
        get: {
          summary: "UN member and observer states, with their progress scores",
          parameters: [
            { $ref: "#/components/parameters/page" },
            { $ref: "#/components/parameters/pageSize" },
            { name: "region", in: "query", schema: { type: "string", pattern: "^\\d{3}$" }, description: "M49 region code, e.g. `002`" },
            {
              name: "group",
              in: "query",
              schema: { enum: ["african", "asia_pacific", "eastern_european", "latin_american_caribbean", "weog"] },
              description: "UN regional group",
            },
          ],
          responses: {
            "200": {
              description: "A page of states",
              content: {
                "application/json": { schema: paginated({ $ref: "#/components/schemas/Country" }) },
              },
            },
            "400": badRequest,
          },
        },
      },
      "/countries/{iso3}": {
        get: {
          summary: "One state's profile: focal points in office, scores, and each measure's status with the records that decided it",
          parameters: [{ name: "iso3", in: "path", required: true, schema: { type: "string", pattern: "^[A-Z]{3}$" }, description: "e.g. `GHA`" }],
          responses: {
            "200": { description: "The profile", content: { "application/json": { schema: { $ref: "#/components/schemas/CountryProfile" } } } },
            "404": { description: "No such state", content: errorBody },
          },
        },
      },
    },
  };
}
