// One measure for its page, the edit page and the public API: fields and each source with its unit's
// text, heading, document and reader anchor.
import { can } from "~/server/auth/policy";
import type { ServiceContext } from "~/server/services/context";
import { citationsOf } from "~/server/services/documents/unit-links";
import { findMeasureBySlug, sourcesOf } from "./measure-rows";

export async function getMeasure({ ctx, input: { slug } }: { ctx: ServiceContext; input: { slug: string } }) {
  const m = await findMeasureBySlug(slug, { withDeleted: can(ctx.viewer, "measure.delete") });
  const sources = (await sourcesOf([m.id])).get(m.id) ?? [];
  const citations = await citationsOf(sources.map((s) => s.unitId));
  return {
    id: m.id,
    slug: m.slug,
    /** The slug asked for, when it was a merged measure's: pages redirect to `slug`. */
    requestedSlug: slug,
    version: m.version,
    deleted: m.deletedAt !== null,
    title: m.title,
    description: m.description,
    actor: m.actor,
    pillar: m.pillar,
    category: m.category,
    prevention: m.prevention,
    key: m.key,
    updatedAt: m.updatedAt,
    sources: sources.map((s) => ({
      id: s.id,
      unitId: s.unitId,
      locator: s.locator,
      kind: s.kind,
      heading: s.heading,
      text: s.text,
      quote: s.quote,
      retired: s.retired !== null,
      citations: citations.get(s.unitId) ?? [],
      document: { slug: s.documentSlug, symbol: s.documentSymbol, title: s.documentTitle },
      href: `/documents/${s.documentSlug}#p-${s.locator}`,
    })),
  };
}

export type MeasureDetail = Awaited<ReturnType<typeof getMeasure>>;

