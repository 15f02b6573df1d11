"use client";
// <link rel="alternate" hreflang> for the page being shown, in all six languages and x-default.
// The locale layout cannot know the page's path when it is rendered statically, but a client
// component knows it during server rendering too; React hoists these <link>s into <head>. Reads
// Next's own pathname (not next-intl's, which needs the intl provider) and drops the locale itself.
import { usePathname } from "next/navigation";
import { hreflangAlternates, localeOfPath } from "~/server/i18n/locale-tags";

export function AlternateLanguageLinks({ baseUrl }: { baseUrl: string }) {
  const pathname = usePathname() ?? "/";
  const locale = localeOfPath(pathname);
  const path = locale ? pathname.slice(locale.length + 1) : pathname === "/" ? "" : pathname;
  return (
    <>
      {Object.entries(hreflangAlternates(baseUrl, path)).map(([tag, href]) => (
        <link key={tag} rel="alternate" hrefLang={tag} href={href} />
      ))}
    </>
  );
}
