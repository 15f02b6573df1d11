import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "~/db/locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];
