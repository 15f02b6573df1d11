// "Steps for parliamentarians": measures addressed to parliaments, plus those whose sources speak of
// parliaments or parliamentarians (议会 / 议员), grouped by theme (category) with their source passages.
import { and, asc, eq, exists, isNull, or, sql } from "drizzle-orm";
import { db } from "~/db/client";
import { documentUnit, measure, measureSource } from "~/db/schema";
import { measureListColumns, measureSummary, sourcesOf } from "./measure-rows";

export async function parliamentSteps() {
  const speaksOfParliament = exists(
    db
      .select({ one: sql`1` })
      .from(measureSource)
      .innerJoin(documentUnit, eq(documentUnit.id, measureSource.unitId))
      .where(
        and(
          eq(measureSource.measureId, measure.id),
          sql`(${documentUnit.text} like '%议会%' or ${documentUnit.text} like '%议员%')`,
        ),
      ),
  );
  const rows = await db
    .select(measureListColumns)
    .from(measure)
    .where(and(isNull(measure.deletedAt), or(eq(measure.actor, "parliament"), speaksOfParliament)))
    .orderBy(asc(measure.category), sql`${measure.actor} <> 'parliament'`, asc(measure.slug));
  const sources = await sourcesOf(rows.map((r) => r.id));
  const groups = new Map<string, ReturnType<typeof step>[]>();
  function step(r: (typeof rows)[number]) {
    const s = sources.get(r.id) ?? [];
    return {
      ...measureSummary(r, s),
      addressedToParliament: r.actor === "parliament",
      passages: s.map((p) => ({
        id: p.id,
        quote: p.quote,
        locator: p.locator,
        text: p.text,
        document: { slug: p.documentSlug, symbol: p.documentSymbol, title: p.documentTitle },
        href: `/documents/${p.documentSlug}#p-${p.locator}`,
      })),
    };
  }
  for (const r of rows) (groups.get(r.category) ?? groups.set(r.category, []).get(r.category)!).push(step(r));
  return { total: rows.length, groups: [...groups].map(([category, items]) => ({ category, items })) };
}
