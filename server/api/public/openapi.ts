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
                measures: {
                  type: "array",
                  description: "Measures of the catalogue that cite this unit",
                  items: {
                    type: "object",
                    properties: {
                      slug: { type: "string" },
                      title: { type: "object", properties: { zh: { type: "string" }, en: { type: "string" } } },
                    },
                  },
                },
              },
            },
          ],
        },
        SearchHit: {
          type: "object",
          required: ["type", "slug", "locator", "heading", "snippet", "score"],
          properties: {
            type: { enum: ["measure", "action", "paragraph", "heading", "footnote"] },
            slug: {
              type: "string",
              description: "Document slug, the measure's slug for type `measure`, the public action's id for type `action`",
            },
            locator: { type: ["string", "null"], description: "null for a measure or an action" },
            heading: { type: "string", description: "Section path; for a measure, its Chinese title; for an action, its title" },
            snippet: { type: "string", description: "Plain text around the first match" },
            score: { type: "number" },
          },
        },
        Record: {
          type: "object",
          description:
            "A published record. Type-specific fields: commitment `kind`, `venue`, `treaty`; focal_point `appointedOn`, `endedOn`, `office`, `positionTitle`, `personName` (null unless public), `network`; parliamentary_action `chamber`, `kind`, `membersInvolved`, `outcome`.",
          required: ["id", "type", "country", "title", "date", "status", "measures", "units", "evidence"],
          properties: {
            id: { type: "string", format: "uuid" },
            type: { enum: ["commitment", "focal_point", "parliamentary_action"] },
            country: { type: ["string", "null"], description: "ISO 3166 alpha-3" },
            regionalOrganization: { type: ["string", "null"], description: "slug, when the record belongs to one" },
            title: { $ref: "#/components/schemas/Title" },
            description: { $ref: "#/components/schemas/Title" },
            date: { type: "string", format: "date" },
            status: { type: ["string", "null"] },
            measures: { type: "array", items: { type: "string" }, description: "measure slugs" },
            units: {
              type: "array",
              items: { type: "object", properties: { document: { type: "string" }, locator: { type: "string" } } },
            },
            evidence: {
              type: "array",
              items: {
                type: "object",
                properties: { kind: { enum: ["url", "file"] }, url: { type: "string" }, file: { type: "string" }, label: { type: "string" } },
              },
            },
          },
        },
        Action: {
          type: "object",
          description: "A public advocacy action of a coalition organisation: who was addressed, about what, with what outcome.",
          required: ["id", "date", "kind", "title", "summary", "outcomeKind", "outcome", "organization", "countries", "targets", "measures", "units", "attachments"],
          properties: {
            id: { type: "string", format: "uuid" },
            date: { type: "string", format: "date" },
            kind: { enum: ["meeting", "letter", "briefing", "event", "training", "publication", "campaign", "media_work", "submission"] },
            title: { type: "string" },
            summary: { type: "string" },
            outcomeKind: { enum: ["pending", "no_response", "acknowledged", "commitment_obtained", "action_taken"] },
            outcome: { type: "string" },
            organization: { type: "string", description: "The coalition organisation that logged it" },
            countries: { type: "array", items: { type: "string" }, description: "ISO 3166 alpha-3" },
            targets: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  kind: { enum: ["ministry", "parliament", "mission_to_un", "regional_organization", "un_body", "media", "other"] },
                  name: { type: "string" },
                },
              },
            },
            measures: { type: "array", items: { type: "string" }, description: "measure slugs" },
            units: {
              type: "array",
              items: { type: "object", properties: { document: { type: "string" }, locator: { type: "string" } } },
            },
            records: { type: "array", items: { type: "string", format: "uuid" }, description: "published records it led to" },
            attachments: {
              type: "array",
              items: {
                type: "object",
                properties: { kind: { enum: ["url", "file"] }, url: { type: "string" }, file: { type: "string" }, label: { type: "string" } },
              },
            },
          },
        },
        MeasureSource: {
          type: "object",
          required: ["document", "locator", "quote"],
          properties: {
            document: { type: "string", description: "Document slug" },
            locator: { type: "string", description: "Unit locator; the reader's anchor is `#p-{locator}`" },
            quote: { type: "string", description: "The document's exact words, found in the unit's text" },
          },
        },
        Measure: {
          type: "object",
          required: ["slug", "title", "actor", "pillar", "category", "prevention", "key", "sources"],
          properties: {
            slug: { type: "string" },
            title: { $ref: "#/components/schemas/Title" },
            actor: { enum: ["government", "parliament", "regional_organization", "civil_society", "academia", "media", "un_system", "international_community"] },
            pillar: { type: ["integer", "null"], enum: [1, 2, 3, null] },
            category: { type: "string" },
            prevention: { enum: ["upstream", "downstream", null] },
            key: { type: "boolean", description: "One of the measures national progress is usually judged by" },
            sources: { type: "array", items: { $ref: "#/components/schemas/MeasureSource" } },
          },
        },
        MeasureDetail: {
          allOf: [
            { $ref: "#/components/schemas/Measure" },
            {
              type: "object",
              required: ["description"],
              properties: {
                description: { $ref: "#/components/schemas/Title" },
                sources: {
                  type: "array",
                  items: {
                    allOf: [
                      { $ref: "#/components/schemas/MeasureSource" },
                      { type: "object", required: ["heading", "text"], properties: { heading: { type: "string" }, text: { type: "string" } } },
                    ],
                  },
                },
              },
            },
          ],
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
            score: { $ref: "#/components/schemas/Score" },
          },
        },
        Score: {
          type: "object",
          description:
            "Share (0–1) of the measures addressed to government or parliament that are implemented, in progress counting half (docs/decisions/009-progress-rules.md). A group with no applicable measure is null.",
          required: ["overall", "byPillar", "byActor"],
          properties: {
            overall: { type: "number", minimum: 0, maximum: 1 },
            byPillar: {
              type: "object",
              properties: { 1: { type: ["number", "null"] }, 2: { type: ["number", "null"] }, 3: { type: ["number", "null"] } },
            },
            byActor: {
              type: "object",
              properties: { government: { type: ["number", "null"] }, parliament: { type: ["number", "null"] } },
            },
          },
        },
        MeasureStatus: {
          type: "object",
          required: ["measure", "status", "since", "evidence"],
          properties: {
            measure: { type: "string", description: "measure slug" },
            status: { enum: ["committed", "in_progress", "implemented", "regressed"], description: "measures not listed are `none`" },
            since: { type: "string", format: "date" },
            evidence: {
              type: "array",
              description: "The published records that decided the status (GET /records to read them)",
              items: {
                type: "object",
                required: ["type", "id"],
                properties: { type: { enum: ["commitment", "focal_point", "parliamentary_action"] }, id: { type: "string", format: "uuid" } },
              },
            },
          },
        },
        CountryProfile: {
          type: "object",
          required: ["iso3", "name", "region", "group", "regionalOrganizations", "focalPoints", "score", "statuses"],
          properties: {
            iso3: { type: "string" },
            iso2: { type: "string" },
            name: { $ref: "#/components/schemas/Title" },
            status: { enum: ["member", "observer"] },
            region: { type: "string", description: "M49 region code" },
            regionName: { $ref: "#/components/schemas/Title" },
            subregion: { type: "string" },
            group: { type: ["string", "null"], description: "UN regional group" },
            regionalOrganizations: { type: "array", items: { type: "string" }, description: "slugs" },
            focalPoints: {
              type: "array",
              description: "Published focal-point appointments in office today",
              items: {
                type: "object",
                properties: {
                  id: { type: "string", format: "uuid" },
                  appointedOn: { type: "string", format: "date" },
                  office: { type: ["string", "null"] },
                  positionTitle: { type: ["string", "null"] },
                  personName: { type: ["string", "null"], description: "only when the record marks it public" },
                  network: { type: "boolean", description: "member of the Global Network of R2P Focal Points" },
                },
              },
            },
            score: { $ref: "#/components/schemas/Score" },
            asOf: { type: ["string", "null"], format: "date", description: "the day the statuses were computed" },
            lastEvidenceOn: { type: ["string", "null"], format: "date", description: "date of the latest published record" },
            statuses: { type: "array", items: { $ref: "#/components/schemas/MeasureStatus" } },
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
