// What the Embed button of a country or measure page shows: the same <iframe> code /api/oembed
// gives, the card's address, and the labels in the page's language.
import type { Locale } from "~/db/locales";
import { env } from "~/server/env";
import { serverTranslator } from "~/server/i18n/translator";
import { embedPath, iframeCode, type EmbedTarget } from "~/server/domain/embed-code";

export function embedPanelProps(target: EmbedTarget, locale: Locale, subject: string) {
  const t = serverTranslator(locale);
  const title = target.kind === "country" ? t("openData.embed.countryTitle", { country: subject }) : t("openData.embed.measureTitle", { measure: subject });
  return {
    code: iframeCode(target, locale, title).html,
    embedUrl: `${env.APP_URL.replace(/\/$/, "")}${embedPath(target, locale)}`,
    labels: {
      button: t("openData.embed.button"),
      heading: t("openData.embed.heading"),
      lead: t("openData.embed.lead"),
      code: t("openData.embed.code"),
      copy: t("openData.embed.copy"),
      copied: t("openData.embed.copied"),
      preview: t("openData.embed.preview"),
    },
  };
}
