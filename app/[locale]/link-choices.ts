// What the record and action forms offer to link, in the reader's language: every measure of the
// catalogue (with actor, pillar and its quoted words, which the picker searches) and every document.
import { textIn } from "~/db/localized-text";
import "server-only";
import { getTranslations } from "next-intl/server";
import type { DocumentChoice } from "~/components/forms/paragraph-field";
import type { MeasureChoice } from "~/components/forms/measure-search";
import { serverApi } from "~/server/api/server-caller";
import { asLocale } from "~/db/localized-text-ops";

export interface LinkChoices {
  measureChoices: MeasureChoice[];
  documentChoices: DocumentChoice[];
}

export async function loadLinkChoices(locale: string): Promise<LinkChoices> {
  const lang = asLocale(locale);
  const [api, t] = await Promise.all([serverApi(), getTranslations("measures")]);
  const [catalogue, documents] = await Promise.all([api.measures.list({ pageSize: 500 }), api.documents.list({ pageSize: 500 })]);
  return {
    measureChoices: catalogue.items
      .filter((m) => !m.deleted)
      .map((m) => ({
        slug: m.slug,
        title: m.title,
        actorLabel: t(`actors.${m.actor}`),
        pillarLabel: m.pillar ? t("pillarN", { n: m.pillar }) : t("noPillar"),
        words: m.sources.map((s) => s.quote).join(" "),
      })),
    documentChoices: documents.items.map((d) => ({
      slug: d.slug,
      label: [d.symbol, textIn(d.title, lang)].filter(Boolean).join(" — "),
      short: d.symbol ?? (textIn(d.title, lang)),
    })),
  };
}
