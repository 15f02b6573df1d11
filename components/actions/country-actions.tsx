// Public advocacy actions about one country, for the public country page. The page lists them as an
// anonymous visitor (`listActions(null, …)`) whoever is looking, so only public actions can appear
// and the page stays free of the session (it is cached).
import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { Link } from "~/components/ui/page-link";
import { ActionList } from "./action-list";

interface Props {
  iso3: string;
  locale: string;
  page: { items: ComponentProps<typeof ActionList>["items"]; total: number };
  countryNames: Record<string, string>;
}

export async function CountryActions({ iso3, locale, page, countryNames }: Props) {
  const t = await getTranslations({ locale, namespace: "actions.country" });
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
