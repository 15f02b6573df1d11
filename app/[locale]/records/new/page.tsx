import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseCiteParam } from "~/components/forms/cite-param";
import { Link } from "~/server/i18n/navigation";
import { RecordForm } from "~/components/records/record-form";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { PageHeader } from "~/components/ui/page-header";
import { serverApi } from "~/server/api/server-caller";
import { can, holdsCountry } from "~/server/auth/policy";
import { requireViewer } from "~/server/auth/require-viewer";
import { RECORD_TYPES, type TRecordType } from "~/server/services/records/record-schemas";
import { loadLinkChoices } from "../../link-choices";
import { nameIn } from "~/server/domain/localized-name";
import { asLocale } from "~/db/localized-text-ops";

export default async function NewRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ type?: string; country?: string; cite?: string | string[] }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const viewer = await requireViewer("/records/new", "record.propose");
  const [t, api] = await Promise.all([getTranslations("records"), serverApi()]);
  // Parliamentarians propose parliamentary actions for their own country only.
  const types = RECORD_TYPES.filter((ty) => can(viewer, "record.propose", { recordType: ty, countryIso3: viewer.countryIso3 }));
  const type: TRecordType = types.includes(query.type as TRecordType) ? (query.type as TRecordType) : types[0]!;
  const [all, regionals, links] = await Promise.all([
    api.reference.countries(),
    api.reference.regionalOrganizations(),
    loadLinkChoices(locale),
  ]);
  const cite = parseCiteParam(query.cite);
  const regions = holdsCountry(viewer.role) ? [] : regionals.map((r) => ({ id: r.id, name: `${nameIn(r.acronym, locale)} — ${nameIn(r.name, locale)}` }));
  const countries = all
    .filter((c) => !holdsCountry(viewer.role) || c.iso3 === viewer.countryIso3)
    .map((c) => ({ iso3: c.iso3, name: nameIn(c.name, locale) }));
  const country = /^[A-Z]{3}$/.test(query.country ?? "") ? query.country : (viewer.countryIso3 ?? undefined);
  return (
    <>
      <PageHeader title={t("newRecord")} />
      <nav aria-label={t("fields.type")} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {types.map((ty) => (
            <li key={ty}>
              <Link
                href={{ pathname: "/records/new", query: { type: ty, ...(country ? { country } : {}), ...(cite ? { cite } : {}) } }}
                aria-current={ty === type ? "page" : undefined}
                className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 py-2 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {t(`types.${ty}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mb-2 text-lg font-semibold">{t(`types.${type}`)}</h2>
      <TRPCReactProvider>
        <RecordForm key={type} type={type} countries={countries} regions={regions} {...links} lang={asLocale(locale)} cite={cite} publishes={can(viewer, "record.publishWithoutReview")} defaultCountry={country} />
      </TRPCReactProvider>
    </>
  );
}
