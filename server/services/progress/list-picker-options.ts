// The choices of the countries page's filters: regions, regional organisations and the measures a
// map can be coloured by (key measures first). Small reference reads, no session needed.
import { asc, desc, isNull } from "drizzle-orm";
import { db } from "~/db/client";
import { measure, regionalOrganization } from "~/db/schema";
import { listRegions } from "~/server/services/reference/list-regions";

export async function listPickerOptions() {
  const [regions, organizations, measures] = await Promise.all([
    listRegions(),
    db
      .select({ slug: regionalOrganization.slug, acronymEn: regionalOrganization.acronymEn, acronymZh: regionalOrganization.acronymZh, nameEn: regionalOrganization.nameEn, nameZh: regionalOrganization.nameZh })
      .from(regionalOrganization)
      .orderBy(asc(regionalOrganization.acronymEn)),
    db
      .select({ id: measure.id, slug: measure.slug, titleEn: measure.titleEn, titleZh: measure.titleZh, key: measure.key })
      .from(measure)
      .where(isNull(measure.deletedAt))
      .orderBy(desc(measure.key), asc(measure.slug)),
  ]);
  return { regions, organizations, measures };
}
