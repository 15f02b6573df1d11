// What the action form offers to choose from, for the signed-in author: countries, the measure
// catalogue, colleagues of their organisation (co-authors) and their organisation's records.
import "server-only";
import { serverApi } from "~/server/api/server-caller";
import { type Viewer, inCoalition } from "~/server/auth/policy";

export async function loadActionFormOptions(actor: Viewer, locale: string) {
  const lang = locale === "zh" ? "zh" : "en";
  const api = await serverApi();
  const organizationId = actor.organizationId ?? undefined;
  const [countries, catalogue, people, records] = await Promise.all([
    api.reference.countries(),
    api.measures.list({ pageSize: 500 }),
    organizationId ? api.users.list({ organizationId, pageSize: 500 }) : Promise.resolve({ items: [] }),
    organizationId ? api.records.list({ organizationId, pageSize: 500 }) : Promise.resolve({ items: [] }),
  ]);
  return {
    countries: countries.map((c) => ({ iso3: c.iso3, name: lang === "zh" ? c.nameZh : c.nameEn })),
    measureOptions: catalogue.items.map((m) => ({ slug: m.slug, title: m.title[lang] || m.slug })),
    colleagues: people.items
      .filter((p) => p.id !== actor.id && !p.deactivatedAt && inCoalition(p))
      .map((p) => ({ id: p.id, name: p.name || p.email })),
    records: records.items.map((r) => ({
      id: r.id,
      title: `${(lang === "zh" ? r.titleZh || r.titleEn : r.titleEn || r.titleZh) || r.type} (${r.countryIso3 ?? "—"}, ${r.date})`,
    })),
  };
}
