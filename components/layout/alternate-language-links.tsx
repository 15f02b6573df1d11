"use client";
// <link rel="alternate" hreflang> for the page being shown, in all six languages and x-default.
// The locale layout cannot know the page's path when it is rendered statically, but a client
// component knows it during server rendering too; React hoists these <link>s into <head>.
import { hreflangAlternates } from "~/server/i18n/locale-tags";
import { usePathname } from "~/server/i18n/navigation";

export function AlternateLanguageLinks({ baseUrl }: { baseUrl: string }) {
  const pathname = usePathname();
  const path = pathname === "/" ? "" : pathname;
  return (
    <>
      {Object.entries(hreflangAlternates(baseUrl, path)).map(([tag, href]) => (
        <link key={tag} rel="alternate" hrefLang={tag} href={href} />
      ))}
    </>
  );
}
