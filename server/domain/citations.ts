// Citations of a document paragraph and of a record (issue 15): the stable link, a plain-text
// citation (with the UN document symbol and the paragraph) and CSL-JSON for reference managers
// (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). Pure: the caller gives the
// facts, the language, the site address and the day of access.
import { serverTranslator, type Locale } from "~/server/i18n/translator";
import { textIn, type LocalizedText } from "~/db/localized-text";
import { intlLocale, languageTag } from "~/server/i18n/locale-tags";

export interface CslItem {
  id: string;
  type: "report" | "document" | "entry-database";
  title: string;
  number?: string;
  publisher?: string;
  "container-title"?: string;
  section?: string;
  note?: string;
  language: string;
  issued: { "date-parts": number[][] };
  accessed: { "date-parts": number[][] };
  URL: string;
}

export interface Citation {
  url: string;
  text: string;
  csl: CslItem;
}

const dateParts = (day: string) => [day.split("-").map(Number)];
const longDate = (day: string, locale: Locale) =>
  // UN style in English: "3 December 2026".
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

/** "para. 45(a)", "footnote 12", "annex, para. 3", or a toolkit section's locator. */
export function whereInDocument(locator: string, locale: Locale): string {
  const t = serverTranslator(locale);
  if (/^\d/.test(locator)) return t("openData.cite.paragraph", { locator });
  const footnote = /^fn-(\d+)$/.exec(locator);
  if (footnote) return t("openData.cite.footnote", { number: footnote[1]! });
  const annex = /^annex-(.+)$/.exec(locator);
  if (annex) return t("openData.cite.annex", { number: annex[1]! });
  return t("openData.cite.section", { locator });
}

export function citeUnit(opts: {
  document: { slug: string; symbol: string | null; title: LocalizedText; year: number; language: string };
  locator: string;
  locale: Locale;
  base: string;
  accessed: string;
}): Citation {
  const { document: doc, locator, locale } = opts;
  const t = serverTranslator(locale);
  const url = `${opts.base.replace(/\/$/, "")}/${locale}/documents/${doc.slug}#p-${encodeURIComponent(locator)}`;
  const title = textIn(doc.title, locale);
  const where = whereInDocument(locator, locale);
  const accessed = t("openData.cite.accessed", { date: longDate(opts.accessed, locale) });
  const text = doc.symbol
    ? t("openData.cite.unitText", { title, symbol: doc.symbol, year: String(doc.year), where, url, accessed })
    : t("openData.cite.unitTextNoSymbol", { title, year: String(doc.year), where, url, accessed });
  return {
    url,
    text,
    csl: {
      id: `${doc.slug}-p-${locator}`,
      type: doc.symbol ? "report" : "document",
      title,
      ...(doc.symbol ? { number: doc.symbol, publisher: "United Nations" } : {}),
      section: where,
      language: doc.language,
      issued: { "date-parts": [[doc.year]] },
      accessed: { "date-parts": dateParts(opts.accessed) },
      URL: url,
    },
  };
}

export function citeRecord(opts: {
  record: { id: string; type: string; title: string; holder: string | null; date: string; publishedAt: Date | null };
  locale: Locale;
  base: string;
  accessed: string;
}): Citation {
  const { record: r, locale } = opts;
  const t = serverTranslator(locale);
  const url = `${opts.base.replace(/\/$/, "")}/${locale}/records/${r.id}`;
  const publisher = t("openData.cite.recordPublisher");
  const type = t(`records.types.${r.type}` as never);
  const values = { publisher, title: r.title, type, date: longDate(r.date, locale), url, accessed: t("openData.cite.accessed", { date: longDate(opts.accessed, locale) }) };
  const text = r.holder ? t("openData.cite.recordText", { ...values, holder: r.holder }) : t("openData.cite.recordTextNoHolder", values);
  const issued = r.publishedAt ? r.publishedAt.toISOString().slice(0, 10) : r.date;
  return {
    url,
    text,
    csl: {
      id: `r2p-tracker-record-${r.id}`,
      type: "entry-database",
      title: r.title,
      "container-title": publisher,
      publisher,
      note: r.holder ? `${type}, ${r.holder}, ${r.date}` : `${type}, ${r.date}`,
      language: languageTag(locale),
      issued: { "date-parts": dateParts(issued) },
      accessed: { "date-parts": dateParts(opts.accessed) },
      URL: url,
    },
  };
}
