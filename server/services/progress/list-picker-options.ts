// The choices of the countries page's filters: regions, regional organisations and the measures a
// map can be coloured by. Only key measures are offered (a select of all ~300 would weigh ~30 kB on
// every view), plus the chosen one: any measure's page links here with ?measure=<slug>.
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, regionalOrganization } from "~/db/schema";
import { listRegions } from "~/server/services/reference/list-regions";
import { everyLocale } from "~/server/domain/localized-name";
import { jsonText } from "~/server/services/reference/localized-name-sql";

export async function listPickerOptions(chosenSlug?: string) {
  const [regions, organizations, measures] = await Promise.all([
    listRegions(),
    db
      .select({ slug: regionalOrganization.slug, acronym: regionalOrganization.acronym, name: regionalOrganization.name })
      .from(regionalOrganization)
      .orderBy(asc(jsonText(regionalOrganization.acronym, "en"))),
    db
      .select({ id: measure.id, slug: measure.slug, title: measure.title, key: measure.key })
      .from(measure)
      .where(and(isNull(measure.deletedAt), chosenSlug ? or(eq(measure.key, true), eq(measure.slug, chosenSlug)) : eq(measure.key, true)))
      .orderBy(asc(measure.slug)),
  ]);
  return {
    regions,
    organizations: organizations.map((o) => ({ slug: o.slug, acronym: everyLocale(o.acronym), name: everyLocale(o.name) })),
    measures,
  };
}
