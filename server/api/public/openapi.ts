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
