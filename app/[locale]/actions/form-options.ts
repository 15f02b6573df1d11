// What the action form offers to choose from, for the signed-in author: countries, the measures and
// documents to link, colleagues of their organisation (co-authors) and their organisation's records.
import { textIn } from "~/db/localized-text";
import "server-only";
import { serverApi } from "~/server/api/server-caller";
import { type Viewer, inCoalition } from "~/server/auth/policy";
import { loadLinkChoices } from "../link-choices";
import { nameIn } from "~/server/domain/localized-name";
import { asLocale } from "~/db/localized-text-ops";
import type { Locale } from "~/db/locales";

export async function loadActionFormOptions(viewer: Viewer, locale: string) {
  const lang: Locale = asLocale(locale);
  const api = await serverApi();
  const organizationId = viewer.organizationId ?? undefined;
  const [countries, links, people, records] = await Promise.all([
    api.reference.countries(),
    loadLinkChoices(locale),
    organizationId ? api.users.list({ organizationId, pageSize: 500 }) : Promise.resolve({ items: [] }),
    organizationId ? api.records.list({ organizationId, pageSize: 500 }) : Promise.resolve({ items: [] }),
  ]);
  return {
    countries: countries.map((c) => ({ iso3: c.iso3, name: nameIn(c.name, locale) })),
    ...links,
    lang,
    colleagues: people.items
      .filter((p) => p.id !== viewer.id && !p.deactivatedAt && inCoalition(p))
      .map((p) => ({ id: p.id, name: p.name || p.email })),
    records: records.items.map((r) => ({
      id: r.id,
      title: `${textIn(r.title, lang) || r.type} (${r.countryIso3 ?? "—"}, ${r.date})`,
    })),
  };
}
