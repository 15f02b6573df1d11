// The named shapes of the OpenAPI document (`components.schemas`): the schema objects the endpoints
// use, each given the name clients see. Names live here rather than in zod's global registry, which
// refuses an id twice (as a hot reload would register it again).
import type { z } from "zod";
import { ZPublicActionSchema } from "~/server/services/advocacy/actions.types";
import { ZBilingualSchema, ZLocalizedTextSchema } from "~/server/services/common.types";
import {
  ZCitationSchema,
  ZCitedBySchema,
  ZDocumentSummarySchema,
  ZGetUnitOutputSchema,
  ZPublicDocumentSchema,
} from "~/server/services/documents/documents.types";
import { ZPublicMeasureDetailSchema, ZPublicMeasureSchema } from "~/server/services/measures/measures.types";
import {
  ZCountrySchema,
  ZMeasureStatusSchema,
  ZPublicCountryProfileSchema,
  ZScoreSchema,
} from "~/server/services/progress/country-progress.types";
import { ZPublicRecordSchema } from "~/server/services/records/list-records.types";
import { ZPublicSearchHitSchema } from "~/server/services/search/search-all.types";
import { ZApiErrorSchema, ZHealthSchema } from "./endpoints";

export const COMPONENT_NAMES = new Map<z.ZodType, string>([
  [ZApiErrorSchema, "Error"],
  [ZHealthSchema, "Health"],
  [ZBilingualSchema, "Title"],
  [ZLocalizedTextSchema, "LocalizedText"],
  [ZDocumentSummarySchema, "DocumentSummary"],
  [ZPublicDocumentSchema, "Document"],
  [ZGetUnitOutputSchema, "UnitDetail"],
  [ZCitationSchema, "Citation"],
  [ZCitedBySchema, "CitedBy"],
  [ZPublicSearchHitSchema, "SearchHit"],
  [ZPublicRecordSchema, "Record"],
  [ZPublicActionSchema, "Action"],
  [ZPublicMeasureSchema, "Measure"],
  [ZPublicMeasureDetailSchema, "MeasureDetail"],
  [ZCountrySchema, "Country"],
  [ZScoreSchema, "Score"],
  [ZMeasureStatusSchema, "MeasureStatus"],
  [ZPublicCountryProfileSchema, "CountryProfile"],
]);
