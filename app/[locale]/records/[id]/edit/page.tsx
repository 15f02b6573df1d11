import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecordForm } from "~/components/records/record-form";
import { toEditable } from "~/components/records/to-editable";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { can, holdsCountry } from "~/server/auth/policy";
import { requireViewer } from "~/server/auth/require-viewer";

export default async function EditRecordPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireViewer(`/records/${id}/edit`, "record.propose");
  const [t, api] = await Promise.all([getTranslations("records"), serverApi()]);
  const rec = await api.records.get({ id }).catch(() => null);
  if (!rec || !rec.may.edit || !rec.snapshot) notFound();
  // A member editing again after changes were asked on their pending edit starts from that edit.
  const base = rec.pending && !can(actor, "record.review") ? rec.pending.snapshot : rec.snapshot;
  const catalogue = await api.measures.list({ pageSize: 500 });
  const measureOptions = catalogue.items.map((m) => ({ slug: m.slug, title: m.title[locale === "zh" ? "zh" : "en"] || m.slug }));
  const regions = (await api.reference.regionalOrganizations()).map((r) => ({
    id: r.id,
    name: `${(locale === "zh" ? r.acronymZh : null) ?? r.acronymEn} — ${locale === "zh" ? r.nameZh : r.nameEn}`,
  }));
  const countries = (await api.reference.countries())
    .filter((c) => !holdsCountry(actor.role) || c.iso3 === actor.countryIso3)
    .map((c) => ({ iso3: c.iso3, name: locale === "zh" ? c.nameZh : c.nameEn }));
  return (
    <>
      <PageHeader title={t("editTitle")} lead={t(`types.${rec.type}`)} />
      <TRPCReactProvider>
        <RecordForm key={rec.version} type={rec.type} countries={countries} regions={holdsCountry(actor.role) ? [] : regions} measureOptions={measureOptions} existing={toEditable(rec, base)} publishes={can(actor, "record.publishWithoutReview")} />
      </TRPCReactProvider>
    </>
  );
}
