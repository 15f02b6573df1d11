import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AlternateLanguageLinks } from "~/components/layout/alternate-language-links";
import { ClientMessages } from "~/components/i18n/client-messages";
import { routing } from "~/server/i18n/routing";
import { SiteFooter } from "~/components/layout/site-footer";
import { SessionProvider } from "~/components/layout/session-context";
import { SiteHeader } from "~/components/layout/site-header";
import { env } from "~/server/env";
import { documentLanguage } from "~/server/i18n/locale-tags";
import { shareMetadata } from "./share-metadata";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  // Every page advertises the site-wide Atom feed and a share card; pages with their own (country,
  // measure) replace these with theirs. The layout cannot know the page's path, so its hreflang
  // links come from <AlternateLanguageLinks> below rather than from here.
  const shared = shareMetadata({
    locale,
    path: "",
    title: t("title"),
    description: t("description"),
    feedTitle: t("title"),
  });
  return {
    ...shared,
    metadataBase: new URL(env.APP_URL),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    alternates: { types: shared.alternates?.types },
  };
}

/** All six languages are known at build time; the layout reads no request data, so public pages can be static. */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("nav");
  return (
    // suppressHydrationWarning: the session hint script marks <html> before React hydrates (session-hint.ts).
    <html {...documentLanguage(locale)} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <AlternateLanguageLinks baseUrl={env.APP_URL} />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages namespaces={[]} forms={false}>
          <SessionProvider>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
              {children}
            </main>
            <SiteFooter />
          </SessionProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
