// The data shapes of the public read API (OpenAPI components.schemas), referenced by openapi.ts.
export const openApiSchemas = {
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
};
