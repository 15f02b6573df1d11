// Who may call each procedure of this feature, and how to build a valid input (see ../procedure-inputs.ts).
// Public content: documents and their language versions, measures, reference data.
import { and, eq, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { env } from "~/server/env";
import { countryMeasureStatus, measure } from "~/db/schema";
import { createInput, uploadInput } from "../documents";
import { englishVersionInput, makeOriginal, makeOriginalWithEnglish } from "../document-versions";
import { makeMeasure } from "../measures";
import { makeRecord } from "../records";
import { recomputeCountries } from "~/server/services/progress/recompute-progress";
import { makeViewer } from "../factories";
import { makeFlaggedRedirect } from "../redirects";
import { everyone, staff, type Entry } from "./callers";

/** A seeded measure's id (measures.quotes: the focal-point measure has sources in the seed). */
async function seededMeasureId(slug: string) {
  const [m] = await db.select({ id: measure.id }).from(measure).where(eq(measure.slug, slug));
  return m!.id;
}



/** A published record of Kenya, the state's progress recomputed (countries.evidence, countries.recordsByYear). */
async function publishedRecordInKenya() {
  const { row } = await makeRecord({ reviewStatus: "published" });
  await recomputeCountries(db, [row.countryIso3]);
  return row;
}

/** A measure with a stored status in the state, decided by a published record. */
async function statusWithEvidence() {
  const row = await publishedRecordInKenya();
  const [s] = await db
    .select({ iso3: countryMeasureStatus.countryIso3, measureId: countryMeasureStatus.measureId })
    .from(countryMeasureStatus)
    .where(and(eq(countryMeasureStatus.countryIso3, row.countryIso3!), sql`jsonb_array_length(${countryMeasureStatus.evidence}) > 0`))
    .limit(1);
  return s!;
}

export const CONTENT_PROCEDURES: Record<string, Entry> = {
  "documents.list": { allowed: everyone, input: () => ({}) },
  "documents.get": { allowed: everyone, input: () => ({ slug: "a-65-877" }) },
  "documents.unit": { allowed: everyone, input: () => ({ slug: "a-72-884", locator: "45(a)" }) },
  "documents.search": { allowed: everyone, input: () => ({ q: "协调人" }) },
  "documents.preview": { allowed: staff, input: () => uploadInput() },
  "documents.create": { allowed: staff, input: () => createInput() },
  "documents.redirectsToReview": { allowed: staff, input: async () => (await makeFlaggedRedirect(), {}) },
  "documents.redirectCandidates": { allowed: staff, input: async () => ({ fromUnitId: (await makeFlaggedRedirect()).fromUnitId, q: "区域组织" }) },
  "documents.decideRedirect": {
    allowed: staff,
    input: async () => {
      const r = await makeFlaggedRedirect();
      return { decision: "confirm", fromUnitId: r.fromUnitId, proposedUnitId: r.proposedUnitId };
    },
  },
  "documentVersions.list": { allowed: everyone, input: async () => ({ slug: await makeOriginalWithEnglish() }) },
  "documentVersions.get": { allowed: everyone, input: async () => ({ slug: await makeOriginalWithEnglish(), locale: "en" }) },
  "documentVersions.preview": { allowed: staff, input: async () => englishVersionInput(await makeOriginal()) },
  "documentVersions.upload": { allowed: staff, input: async () => englishVersionInput(await makeOriginal()) },
  "documentVersions.delete": { allowed: staff, input: async () => ({ slug: await makeOriginalWithEnglish(), locale: "en", version: 1 }) },
  "measures.list": { allowed: everyone, input: () => ({ actor: "parliament" }) },
  "measures.get": { allowed: everyone, input: () => ({ slug: "appoint-national-r2p-focal-point" }) },
  "measures.parliamentSteps": { allowed: everyone },
  "actions.published": { allowed: everyone, input: () => ({ country: "KEN", pageSize: 5 }) },
  "documents.citable": { allowed: everyone, input: () => ({ slug: "a-72-884", locator: "45(a)" }) },
  "documents.currentLocator": { allowed: everyone, input: () => ({ slug: "a-72-884", locator: "45(a)" }) },
  "measures.quotes": { allowed: everyone, input: async () => ({ measureIds: [await seededMeasureId("appoint-national-r2p-focal-point")] }) },
  "measures.titles": { allowed: everyone, input: () => ({ locale: "fr" }) },
  "measures.units": { allowed: staff, input: () => ({ document: "a-65-877" }) },
  "measures.history": { allowed: staff, input: async () => ({ measureId: (await makeMeasure()).id }) },
  "measures.update": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      return { id: m.id, version: m.version, title: { zh: "改", en: "Changed" }, description: {}, actor: "parliament", pillar: null, category: "legal", prevention: null, key: false };
    },
  },
  "measures.addSource": {
    allowed: staff,
    input: async () => ({ measureId: (await makeMeasure()).id, document: "sg-2025", locator: "41", quote: "协调人" }),
  },
  "measures.removeSource": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      const { addMeasureSource } = await import("~/server/services/measures/measure-sources");
      const source = await addMeasureSource({ ctx: { viewer: await makeViewer("secretariat"), requestId: "test" }, input: { measureId: m.id, document: "sg-2025", locator: "41", quote: "协调人" } });
      return { measureId: m.id, sourceId: source.id };
    },
  },
  "measures.restoreRevision": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      const { measureHistory } = await import("~/server/services/measures/measure-history");
      const [first] = await measureHistory({ input: { measureId: m.id } });
      return { measureId: m.id, revisionId: first!.id, version: m.version };
    },
  },
  "measures.merge": {
    allowed: staff,
    input: async () => ({ survivorId: (await makeMeasure()).id, mergedSlug: (await makeMeasure()).slug }),
  },
  "measures.delete": { allowed: staff, input: async () => ({ id: (await makeMeasure()).id }) },
  "measures.restore": {
    allowed: staff,
    input: async () => {
      const m = await makeMeasure();
      await db.update(measure).set({ deletedAt: new Date() }).where(eq(measure.id, m.id));
      return { id: m.id };
    },
  },
  "countries.profile": { allowed: everyone, input: () => ({ iso3: "KEN" }) },
  "countries.catalogue": { allowed: everyone, input: () => ({ iso3: "KEN" }) },
  "countries.trend": { allowed: everyone, input: () => ({ iso3: "KEN", years: 2, asOf: "2024-06-30" }) },
  "countries.evidence": { allowed: everyone, input: () => statusWithEvidence() },
  "countries.recordsByYear": { allowed: everyone, input: async () => ({ iso3: (await publishedRecordInKenya()).countryIso3! }) },
  "countries.name": { allowed: everyone, input: () => ({ iso3: "KEN" }) },
  "countries.statusChanges": { allowed: everyone, input: () => ({ iso3: "KEN", since: "2000-01-01" }) },
  "countries.parliamentSteps": { allowed: everyone, input: async () => ({ iso3: "KEN", measureIds: [(await makeMeasure()).id] }) },
  "countries.table": { allowed: everyone, input: () => ({ q: "Kenya", measure: "appoint-national-r2p-focal-point", sort: "score", dir: "desc" }) },
  "countries.map": { allowed: everyone, input: () => ({ measure: "appoint-national-r2p-focal-point", asOf: "2024-06-30" }) },
  "countries.filterOptions": { allowed: everyone, input: () => ({ measure: "appoint-national-r2p-focal-point" }) },
  "countries.card": { allowed: everyone, input: () => ({ iso3: "KEN" }) },
  "measures.countriesByStatus": { allowed: everyone, input: () => ({ slug: "appoint-national-r2p-focal-point", locale: "fr" }) },
  "openData.oembed": { allowed: everyone, input: () => ({ url: `${env.APP_URL.replace(/\/$/, "")}/fr/countries/KEN`, maxwidth: 400 }) },
  "regionalOrganizations.list": { allowed: everyone },
  "regionalOrganizations.profile": { allowed: everyone, input: () => ({ id: "au" }) },
  "reference.countries": { allowed: everyone },
  "reference.countriesPage": { allowed: everyone, input: () => ({ group: "african" }) },
  "reference.keyFigures": { allowed: everyone },
  "reference.regions": { allowed: everyone },
  "reference.regionalOrganizations": { allowed: everyone },
};
