// The public read API, one entry per endpoint: its path, what it takes and the allow-list it answers
// with. The route handlers under app/api/v1 parse every answer through `response` (an anonymous caller
// gets nothing the schema does not name), and openapi.ts renders the same entries as the document.
import { z } from "zod";
import { ZDocumentSlugInputSchema, ZDocumentUnitInputSchema, ZListDocumentsInputSchema, ZSearchInputSchema } from "~/server/services/documents/document-schemas";
import { ZPublicActionsQuerySchema } from "~/server/services/advocacy/action-schemas";
import { ZPublicActionsOutputSchema } from "~/server/services/advocacy/actions.types";
import { ZGetUnitOutputSchema, ZListDocumentsOutputSchema, ZPublicDocumentSchema } from "~/server/services/documents/documents.types";
import { ZListMeasuresInputSchema, ZMeasureSlugInputSchema } from "~/server/services/measures/measure-schemas";
import { ZPublicMeasureDetailSchema, ZPublicMeasureListSchema } from "~/server/services/measures/measures.types";
import { ZListCountriesPageOutputSchema, ZPublicCountryProfileSchema } from "~/server/services/progress/country-progress.types";
import { ZPublicRecordsQuerySchema } from "~/server/services/records/public-records";
import { ZPublicRecordsOutputSchema } from "~/server/services/records/list-records.types";
import { ZDataPackageSchema, ZDatasetResourceParamsSchema } from "~/server/services/open-data/open-data.types";
import { ZListCountriesPageInputSchema } from "~/server/services/reference/list-countries-page";
import { ZAsOfSchema } from "~/server/domain/dates";
import { ZStatusChangesOutputSchema, ZStatusChangesQuerySchema } from "~/server/services/progress/status-changes.types";
import {
  ZRegionalOrganizationListSchema,
  ZRegionalOrganizationParamsSchema,
  ZRegionalOrganizationProfileSchema,
  ZRegionalOrganizationQuerySchema,
} from "~/server/services/regional-organizations/regional-organizations.types";
import { ZPublicSearchSchema } from "~/server/services/search/search-all.types";

export interface PublicEndpoint {
  /** The OpenAPI path, below /api/v1. */
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  response: z.ZodType;
  /** Other answers than 200 with the error body: status → description. */
  errors?: Record<string, string>;
  /** Answers without a body (redirects, not modified): status → description. */
  redirects?: Record<string, string>;
  /** A file rather than JSON: its media type (`response` is then unused by the document). */
  mediaType?: string;
}

/** Anonymous visitors never see deleted measures: `deleted` is not a public parameter. */
export const ZPublicMeasuresQuerySchema = ZListMeasuresInputSchema.omit({ deleted: true }).strict();
/** Any view of progress may be asked for a past day (decision 025). */
export const ZCountryQuerySchema = z.object({
  asOf: ZAsOfSchema.optional().meta({ description: "statuses, scores and focal points as of this day (YYYY-MM-DD); default today" }),
});
export const ZCountryParamsSchema = z.object({ iso3: z.string().regex(/^[A-Z]{3}$/).meta({ examples: ["GHA"] }) });

export const ZHealthSchema = z.object({
  status: z.enum(["ok", "error"]).meta({ description: "`error` (HTTP 503) only when the primary database is unreachable" }),
  db: z.enum(["pglite", "postgres"]),
  cache: z
    .object({ store: z.enum(["local", "redis"]), status: z.enum(["ok", "error"]) })
    .meta({ description: "The page and data cache: this process's own, or Redis shared by every instance" }),
  replicas: z
    .array(z.object({ status: z.enum(["ok", "lagging", "error"]), lagSeconds: z.number().nullable() }))
    .meta({ description: "Read replicas in configuration order; a lagging or unreachable one is not read from" }),
});
export const ZApiErrorSchema = z.object({
  error: z.string().meta({ examples: ["NOT_FOUND"] }),
  message: z.string().optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Invalid query: the messages per parameter" }),
  requestId: z.string().optional(),
});

/** The dataset answers conditional requests: its ETag is the data version (docs/decisions/026). */
const notModified = { "304": "Not modified: the ETag (data version) or Last-Modified still holds" };

const badQuery = { "400": "Invalid query: the field errors name the parameter" };

export const PUBLIC_ENDPOINTS = {
  health: {
    path: "/health",
    summary: "Service and database health",
    response: ZHealthSchema,
    errors: { "503": "The database is unreachable (body: status `error`)" },
  },
  documents: {
    path: "/documents",
    summary: "The documents of the reference library",
    query: ZListDocumentsInputSchema,
    response: ZListDocumentsOutputSchema,
    errors: badQuery,
  },
  document: {
    path: "/documents/{slug}",
    summary: "One document with its units and footnotes",
    params: ZDocumentSlugInputSchema,
    response: ZPublicDocumentSchema,
    errors: { "404": "No such document" },
  },
  unit: {
    path: "/documents/{slug}/units/{locator}",
    summary: "One unit or footnote, with its footnotes, citations and what cites it",
    params: ZDocumentUnitInputSchema,
    response: ZGetUnitOutputSchema,
    errors: { "404": "No such document or unit" },
    redirects: { "308": "The paragraph was retired by a new version of the document; Location is its closest successor" },
  },
  search: {
    path: "/search",
    summary: "Measures, public actions and document units matching a text (Chinese or English), best first",
    query: ZSearchInputSchema,
    response: ZPublicSearchSchema,
    errors: badQuery,
  },
  records: {
    path: "/records",
    summary: "Published records (commitments, focal points, parliamentary actions)",
    query: ZPublicRecordsQuerySchema,
    response: ZPublicRecordsOutputSchema,
    errors: badQuery,
  },
  actions: {
    path: "/actions",
    summary: "Public advocacy actions of coalition organisations",
    query: ZPublicActionsQuerySchema,
    response: ZPublicActionsOutputSchema,
    errors: badQuery,
  },
  measures: {
    path: "/measures",
    summary: "The measures catalogue, filtered",
    query: ZPublicMeasuresQuerySchema,
    response: ZPublicMeasureListSchema,
    errors: badQuery,
  },
  measure: {
    path: "/measures/{slug}",
    summary: "One measure with its description and each source's unit text",
    params: ZMeasureSlugInputSchema,
    response: ZPublicMeasureDetailSchema,
    errors: { "404": "No such measure" },
    redirects: { "308": "The measure was merged into another: its URL" },
  },
  countries: {
    path: "/countries",
    summary: "UN member and observer states, with their progress scores",
    query: ZListCountriesPageInputSchema,
    response: ZListCountriesPageOutputSchema,
    errors: badQuery,
  },
  country: {
    path: "/countries/{iso3}",
    summary: "One state's profile: focal points in office, scores, and each measure's status with the records that decided it",
    params: ZCountryParamsSchema,
    query: ZCountryQuerySchema,
    response: ZPublicCountryProfileSchema,
    errors: { "404": "No such state", ...badQuery },
  },
  countryChanges: {
    path: "/countries/{iso3}/changes",
    summary: "What changed since a day: each change of a measure's status in the period, with the published records that caused it",
    params: ZCountryParamsSchema,
    query: ZStatusChangesQuerySchema,
    response: ZStatusChangesOutputSchema,
    errors: { "404": "No such state", ...badQuery },
  },
  regionalOrganizations: {
    path: "/regional-organizations",
    summary: "Regional and sub-regional organisations, with member counts, focal point in office and score",
    response: ZRegionalOrganizationListSchema,
  },
  regionalOrganization: {
    path: "/regional-organizations/{id}",
    summary: "One regional organisation: members, focal-point history, and the status of each measure addressed to regional bodies with its evidence, and a score",
    params: ZRegionalOrganizationParamsSchema,
    query: ZRegionalOrganizationQuerySchema,
    response: ZRegionalOrganizationProfileSchema,
    errors: { "404": "No such organisation", ...badQuery },
  },
  datapackage: {
    path: "/datapackage.json",
    summary: "The Frictionless Data Package descriptor of everything published: a table schema per resource, licence, version",
    response: ZDataPackageSchema,
    redirects: notModified,
  },
  datasetZip: {
    path: "/dataset.zip",
    summary: "The whole published dataset: datapackage.json and one CSV per resource, in one zip",
    response: z.string(),
    mediaType: "application/zip",
    redirects: notModified,
  },
  datasetResource: {
    path: "/dataset/{resource}",
    summary: "One CSV of the data package (the descriptor's resource paths point here)",
    params: ZDatasetResourceParamsSchema,
    response: z.string(),
    mediaType: "text/csv",
    errors: { "404": "No such resource" },
    redirects: notModified,
  },
} satisfies Record<string, PublicEndpoint>;
