import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "~/server/i18n/routing";
import { messagesByLocale } from "./translator";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesByLocale[locale], timeZone: "UTC" };
});
