import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/server/i18n/navigation";
import { SignedOutOnly } from "~/components/layout/session-menu";
import { publicServerApi } from "~/server/api/public-caller";

/** Cached; re-rendered at most every 5 minutes, and at once when public data changes (docs/decisions/010). */
export const revalidate = 300;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, figures] = await Promise.all([
    getTranslations("home"),
    getFormatter(),
    publicServerApi().then((api) => api.reference.keyFigures()),
  ]);
  const audiences = [
    ["forMembers", "forMembersText"],
    ["forSecretariat", "forSecretariatText"],
    ["forParliamentarians", "forParliamentariansText"],
  ] as const;
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-semibold sm:text-4xl">{t("heading")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <p className="flex flex-wrap gap-3">
          <Link href="/countries" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:no-underline">
            {t("browseCountries")}
          </Link>
          <SignedOutOnly>
            <Link href="/sign-in" className="rounded-md border border-brand-700 bg-white px-4 py-2 font-medium">
              {t("signInToContribute")}
            </Link>
          </SignedOutOnly>
        </p>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures" className="mb-3 text-xl font-semibold">
          {t("figures")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {(
            [
              ["statesTracked", figures.states],
              ["regionalOrganizations", figures.regionalOrganizations],
              ["coalitionOrganizations", figures.coalitionOrganizations],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{t(key)}</dt>
              <dd className="text-3xl font-semibold">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="grid gap-4 sm:grid-cols-3">
        {audiences.map(([title, text]) => (
          <div key={title} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 text-lg font-semibold">{t(title)}</h2>
            <p className="text-slate-700">{t(text)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
