"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "~/server/i18n/navigation";
import { routing } from "~/server/i18n/routing";

/** Links to this same page in each other language. */
export function LanguageSwitcher() {
  const t = useTranslations();
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <nav aria-label={t("nav.language")} className="flex gap-2 text-sm">
      {routing.locales
        .filter((l) => l !== locale)
        .map((l) => (
          <Link key={l} href={{ pathname, query }} locale={l} lang={l} hrefLang={l} className="rounded px-2 py-1 text-white hover:bg-brand-800">
            {t(`languages.${l}`)}
          </Link>
        ))}
    </nav>
  );
}
