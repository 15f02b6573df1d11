"use client";
// Last resort when the root layout itself fails. The locale comes from the address; the page is in
// that language (its catalogue loaded on demand, so every page's bundle does not carry six
// catalogues) with English or Chinese beside it, and `lang`/`dir` are right for each part.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { DEFAULT_LOCALE, type Locale } from "~/db/locales";
import { documentLanguage, localeOfPath } from "~/server/i18n/locale-tags";
// The `errors` namespace alone: importing a whole catalogue put every English and Chinese message
// (25 kB gzip) into the script of every page.
import en from "~/server/i18n/messages/errors/en.json";
import zh from "~/server/i18n/messages/errors/zh.json";

type ErrorMessages = typeof en.errors;
const bundled: Partial<Record<Locale, ErrorMessages>> = { en: en.errors, zh: zh.errors };

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const locale = localeOfPath(usePathname() ?? "") ?? DEFAULT_LOCALE;
  const [loaded, setLoaded] = useState<ErrorMessages | null>(null);
  useEffect(() => {
    if (bundled[locale]) return;
    let live = true;
    void import(`~/server/i18n/messages/errors/${locale}.json`).then((m: { default: { errors: ErrorMessages } }) => {
      if (live) setLoaded(m.default.errors);
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const primaryLocale: Locale = bundled[locale] || loaded ? locale : "en";
  const primary = bundled[locale] ?? loaded ?? en.errors;
  const secondLocale: Locale = primaryLocale === "en" ? "zh" : "en";
  const second = bundled[secondLocale]!;
  const secondLang = documentLanguage(secondLocale);
  return (
    <html {...documentLanguage(locale)}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", lineHeight: 1.6 }}>
        <div {...documentLanguage(primaryLocale)}>
          <h1>{primary.title}</h1>
          <p>{primary.lead}</p>
        </div>
        <div {...secondLang}>
          <h2>{second.title}</h2>
          <p>{second.lead}</p>
        </div>
        <p>
          <code>{error.digest ?? "—"}</code>
        </p>
        <p>
          <Link href={`/${locale}`}>
            <span {...documentLanguage(primaryLocale)}>{primary.goHome}</span> · <span {...secondLang}>{second.goHome}</span>
          </Link>
        </p>
      </body>
    </html>
  );
}
