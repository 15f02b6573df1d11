// A document re-imported so that one paragraph's successor is uncertain: paragraph 4 is rewritten
// (about 40 % alike), so the import proposes the new paragraph 4 and flags the redirect for review.
// Synthetic text; the unit ids come back so tests can hang links on the retired paragraph.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { documentUnit, measureSource, recordUnit, unitRedirect } from "~/db/schema";
import { parseDocument } from "~/server/ingest";
import { importDocument } from "~/server/services/documents/import-document";
import { reportText } from "./documents";
import { unique } from "./factories";
import { makeMeasure } from "./measures";
import { makeRecord } from "./records";

const A = "本报告回顾了各国履行保护责任的情况，并提出今后的步骤。";
const B = "各国应当加强国家机构之间的合作，交流良好做法。";
const C = "区域组织在防止暴行罪方面发挥着重要作用，应当得到更多支持。";
const D = "民间社会和媒体可以帮助监测局势，并向决策者提供信息。";
const D2 = "民间社会可以帮助各国监测风险局势，并及时提醒国际社会。";

async function load(slug: string, paragraphs: string[]) {
  const raw = reportText(paragraphs);
  const meta = { slug, symbol: null, title: { zh: "测试报告", en: "Test report" }, year: 2026, language: "zh", kind: "un-report" as const };
  return db.transaction((tx) => importDocument(tx, { meta, raw, parsed: parseDocument(raw, { slug, kind: "un-report" }) }));
}

async function liveUnits(documentId: string) {
  const rows = await db
    .select({ id: documentUnit.id, locator: documentUnit.locator })
    .from(documentUnit)
    .where(and(eq(documentUnit.documentId, documentId), isNull(documentUnit.retiredAt)));
  return Object.fromEntries(rows.map((r) => [r.locator, r.id])) as Record<string, string>;
}

/** The flagged redirect, with a measure source and a record linked to the retired paragraph when `withLinks`. */
export async function makeFlaggedRedirect(opts: { withLinks?: boolean } = {}) {
  const slug = unique("redirected");
  const first = await load(slug, [A, B, C, D]);
  const v1 = await liveUnits(first.documentId);
  let measureId: string | null = null;
  let recordId: string | null = null;
  if (opts.withLinks) {
    measureId = (await makeMeasure({ source: { document: slug, locator: "4", quote: "民间社会" } })).id;
    const { row } = await makeRecord({ reviewStatus: "published" });
    recordId = row.id;
    await db.insert(recordUnit).values({ recordId, unitId: v1["4"]! });
  }
  await load(slug, [A, B, C, D2]);
  const v2 = await liveUnits(first.documentId);
  const [redirect] = await db.select().from(unitRedirect).where(eq(unitRedirect.fromUnitId, v1["4"]!));
  if (!redirect?.needsReview || redirect.toUnitId !== v2["4"]) throw new Error("the fixture did not produce a flagged redirect with a proposal");
  return { slug, documentId: first.documentId, fromUnitId: v1["4"]!, proposedUnitId: v2["4"]!, units: v2, measureId, recordId };
}

/** Where a measure's sources point now. */
export async function sourceUnitsOf(measureId: string) {
  return (await db.select({ unitId: measureSource.unitId }).from(measureSource).where(eq(measureSource.measureId, measureId))).map((r) => r.unitId);
}

