// The OpenAPI document of the public read API. Each endpoint added to /api/v1 is described here.
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
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "string" }, message: { type: "string" } },
        },
        Title: {
          type: "object",
          required: ["zh", "en"],
          properties: { zh: { type: "string" }, en: { type: "string" } },
        },
        DocumentSummary: {
          type: "object",
          required: ["slug", "symbol", "title", "year", "language", "counts"],
          properties: {
            slug: { type: "string" },
            symbol: { type: ["string", "null"], description: "UN document symbol" },
            title: { $ref: "#/components/schemas/Title" },
            year: { type: "integer" },
            language: { type: "string" },
            counts: {
              type: "object",
              properties: {
                paragraphs: { type: "integer" },
                subitems: { type: "integer" },
                annex: { type: "integer" },
                headings: { type: "integer" },
                footnotes: { type: "integer" },
              },
            },
          },
        },
        Unit: {
          type: "object",
          required: ["locator", "kind", "heading", "text"],
          properties: {
            locator: { type: "string", description: "Stable: `12`, `45(a)`, `summary`, `annex-6`, `h-3`, `s7-3`" },
            kind: { enum: ["heading", "summary", "paragraph", "subitem", "annex", "annex-subitem", "section", "item", "footnote"] },
            heading: { type: "string", description: "Section title path joined with ' › '" },
            text: { type: "string", description: "Clean, joined text; blocks separated by newlines" },
          },
        },
        Footnote: {
          type: "object",
          required: ["locator", "number", "text"],
          properties: { locator: { type: "string" }, number: { type: "integer" }, text: { type: "string" } },
        },
        Document: {
          type: "object",
          required: ["slug", "symbol", "title", "year", "language", "units", "footnotes"],
          properties: {
            slug: { type: "string" },
            symbol: { type: ["string", "null"] },
            title: { $ref: "#/components/schemas/Title" },
            year: { type: "integer" },
            language: { type: "string" },
            units: { type: "array", items: { $ref: "#/components/schemas/Unit" } },
            footnotes: { type: "array", items: { $ref: "#/components/schemas/Footnote" } },
          },
        },
        Citation: {
          type: "object",
          required: ["symbol", "paragraphs", "target"],
          properties: {
            symbol: { type: "string" },
            paragraphs: { type: "array", items: { type: "string" } },
            target: {
              oneOf: [
                { type: "null" },
                {
                  type: "object",
                  required: ["slug", "locators"],
                  properties: { slug: { type: "string" }, locators: { type: "array", items: { type: "string" } } },
                },
              ],
            },
          },
        },
        CitedBy: {
          type: "object",
          required: ["type", "slug", "locator"],
          properties: {
            type: { enum: ["paragraph", "footnote"] },
            slug: { type: "string" },
            symbol: { type: ["string", "null"] },
            title: { $ref: "#/components/schemas/Title" },
            locator: { type: "string" },
          },
        },
        UnitDetail: {
          allOf: [
            { $ref: "#/components/schemas/Unit" },
            {
              type: "object",
              required: ["footnotes", "citations", "citedBy"],
              properties: {
                footnotes: { type: "array", items: { $ref: "#/components/schemas/Footnote" } },
                citations: { type: "array", items: { $ref: "#/components/schemas/Citation" } },
                citedBy: { type: "array", items: { $ref: "#/components/schemas/CitedBy" } },
              },
            },
          ],
        },
        SearchHit: {
          type: "object",
          required: ["type", "slug", "locator", "heading", "snippet", "score"],
          properties: {
            type: { enum: ["paragraph", "heading", "footnote"] },
            slug: { type: "string" },
            locator: { type: "string" },
            heading: { type: "string" },
            snippet: { type: "string", description: "Plain text around the first match" },
            score: { type: "number" },
          },
        },
        Country: {
          type: "object",
          properties: {
            iso3: { type: "string" },
            iso2: { type: "string" },
            name: { type: "object", properties: { zh: { type: "string" }, en: { type: "string" } } },
            status: { enum: ["member", "observer"] },
            region: { type: "string" },
            subregion: { type: "string" },
            group: { type: ["string", "null"] },
          },
        },
      },
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
            "404": notFoundResponse,
          },
        },
      },
      "/search": {
        get: {
          summary: "Ranked full-text search over paragraphs and footnotes (Chinese and English)",
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
      "/countries": {
        get: {
          summary: "UN member and observer states",
          parameters: [
            { $ref: "#/components/parameters/page" },
            { $ref: "#/components/parameters/pageSize" },
            { name: "region", in: "query", schema: { type: "string" }, description: "M49 region code" },
            { name: "group", in: "query", schema: { type: "string" }, description: "UN regional group" },
          ],
          responses: {
            "200": {
              description: "A page of states",
              content: {
                "application/json": { schema: paginated({ $ref: "#/components/schemas/Country" }) },
              },
            },
            "400": {
              description: "Invalid query",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          },
        },
      },
    },
  };
}
