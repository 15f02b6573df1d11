import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "~/db/locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // The first visit goes by the browser's Accept-Language (localeDetection, on by default); a choice
  // made in the language bar is remembered for a year, not just for the browser session.
  localeDetection: true,
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});

export type AppLocale = (typeof routing.locales)[number];
