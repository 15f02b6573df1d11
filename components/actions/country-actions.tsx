// Public advocacy actions about one country, for the public country page (the lead embeds it).
// A server component: `actions.public` lists as an anonymous visitor whoever is signed in, so only
// public actions can appear on the public page.
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/i18n/navigation";
import { serverApi } from "~/server/api/server-caller";
import { ActionList } from "./action-list";

interface Props {
  iso3: string;
  locale: string;
  limit?: number;
}

export async function CountryActions({ iso3, locale, limit = 5 }: Props) {
  const t = await getTranslations({ locale, namespace: "actions.country" });
  const lang = locale === "zh" ? "zh" : "en";
  const api = await serverApi();
  const [page, countries] = await Promise.all([
    api.actions.public({ country: iso3, pageSize: limit }),
    api.reference.countries(),
  ]);
  const countryNames = Object.fromEntries(
    countries.map((c) => [c.iso3, lang === "zh" ? c.nameZh : c.nameEn]),
  );
  return (
    <section aria-labelledby="country-actions-title" className="flex flex-col gap-3">
      <h2 id="country-actions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <ActionList items={page.items} countryNames={countryNames} headingLevel="h3" />
          {page.total > page.items.length && (
            <p className="text-sm">
              <Link
                href={{ pathname: "/actions", query: { country: iso3 } }}
                className="text-brand-700 underline"
              >
                {t("all")}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
