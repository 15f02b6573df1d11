// The props of the Cite menu (components/citations/cite-menu.tsx) for a document paragraph or a
// record, in the page's language. The reader's per-paragraph actions can mount it the same way:
//   <CiteMenu {...unitCiteProps({ document, locator }, locale)} />
import { env } from "~/server/env";
import { serverTranslator, type Locale } from "~/server/i18n/translator";
import { citeRecord, citeUnit, whereInDocument, type Citation } from "~/server/domain/citations";
import type { CiteMenuProps } from "~/components/citations/cite-menu";
import { textIn, type LocalizedText } from "~/db/localized-text";

const today = () => new Date().toISOString().slice(0, 10);

function props(citation: Citation, locale: Locale, what: string, filename: string): CiteMenuProps {
  const t = serverTranslator(locale);
  return {
    url: citation.url,
    text: citation.text,
    cslJson: JSON.stringify([citation.csl], null, 2),
    filename,
    labels: {
      button: t("openData.cite.button"),
      menuLabel: t("openData.cite.menuLabel", { title: what }),
      stableLink: t("openData.cite.stableLink"),
      plainText: t("openData.cite.plainText"),
      cslJson: t("openData.cite.cslJson"),
      copy: t("openData.cite.copy"),
      copied: t("openData.cite.copied"),
      download: t("openData.cite.download"),
    },
  };
}

export function unitCiteProps(
  unit: { document: { slug: string; symbol: string | null; title: LocalizedText; year: number; language: string }; locator: string },
  locale: Locale,
): CiteMenuProps {
  const citation = citeUnit({ ...unit, locale, base: env.APP_URL, accessed: today() });
  const what = `${unit.document.symbol ?? textIn(unit.document.title, locale)}, ${whereInDocument(unit.locator, locale)}`;
  return props(citation, locale, what, `${unit.document.slug}-${unit.locator}.json`);
}

export function recordCiteProps(
  record: { id: string; type: string; title: string; holder: string | null; date: string; publishedAt: Date | null },
  locale: Locale,
): CiteMenuProps {
  return props(citeRecord({ record, locale, base: env.APP_URL, accessed: today() }), locale, record.title, `record-${record.id}.json`);
}
