import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecordForm } from "~/components/records/record-form";
import { toEditable } from "~/components/records/to-editable";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { loadLinkChoices } from "../../../link-choices";
import { serverApi } from "~/server/api/server-caller";
import { can, holdsCountry } from "~/server/auth/policy";
import { requireViewer } from "~/server/auth/require-viewer";
import { nameIn } from "~/server/domain/localized-name";
import { asLocale } from "~/db/localized-text-ops";

export default async function EditRecordPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(`/records/${id}/edit`, "record.propose");
  const [t, api] = await Promise.all([getTranslations("records"), serverApi()]);
  const rec = await api.records.get({ id }).catch(() => null);
  if (!rec || !rec.may.edit || !rec.snapshot) notFound();
  // A member editing again after changes were asked on their pending edit starts from that edit.
  const base = rec.pending && !can(viewer, "record.review") ? rec.pending.snapshot : rec.snapshot;
  const links = await loadLinkChoices(locale);
  const regions = (await api.reference.regionalOrganizations()).map((r) => ({
    id: r.id,
    name: `${nameIn(r.acronym, locale)} — ${nameIn(r.name, locale)}`,
  }));
  const countries = (await api.reference.countries())
    .filter((c) => !holdsCountry(viewer.role) || c.iso3 === viewer.countryIso3)
    .map((c) => ({ iso3: c.iso3, name: nameIn(c.name, locale) }));
  return (
    <>
      <PageHeader title={t("editTitle")} lead={t(`types.${rec.type}`)} />
      <TRPCReactProvider>
        <RecordForm key={rec.version} type={rec.type} countries={countries} regions={holdsCountry(viewer.role) ? [] : regions} {...links} lang={asLocale(locale)} existing={toEditable(rec, base)} publishes={can(viewer, "record.publishWithoutReview")} />
      </TRPCReactProvider>
    </>
  );
}
