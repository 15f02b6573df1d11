import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "~/components/i18n/client-messages";
import { routing } from "~/server/i18n/routing";
import { SiteFooter } from "~/components/layout/site-footer";
import { SessionProvider } from "~/components/layout/session-context";
import { SiteHeader } from "~/components/layout/site-header";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { env } from "~/server/env";
import { shareMetadata } from "./share-metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  const lang = locale === "zh" ? "zh" : "en";
  // Every page advertises the site-wide Atom feed and a share card; pages with their own (country,
  // measure) replace these with theirs.
  const shared = shareMetadata({ locale: lang, path: "", title: t("title"), description: t("description"), feedTitle: t("title") });
  return {
    ...shared,
    metadataBase: new URL(env.APP_URL),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    alternates: { types: shared.alternates?.types },
  };
}

/** Both languages are known at build time; the layout reads no request data, so public pages can be static. */
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
  await ensureDatabaseReady();
  const t = await getTranslations("nav");
  return (
    // suppressHydrationWarning: the session hint script marks <html> before React hydrates (session-hint.ts).
    <html lang={locale === "zh" ? "zh-CN" : "en"} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages namespaces={[]}>
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
