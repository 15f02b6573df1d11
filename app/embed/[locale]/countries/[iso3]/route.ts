// /embed/{locale}/countries/{ISO3}: the scorecard of key measures with the overall score, for other
// sites to frame (issue 15). Plain HTML, no script; links open the full profile in a new tab.
// Read through countries.card.
import { textIn } from "~/db/localized-text";
import { anonymousApi } from "~/server/api/public-caller";
import { intlLocale } from "~/server/i18n/locale-tags";
import { serverTranslator } from "~/server/i18n/translator";
import { EMBED_LOCALES, embedDocument, embedNotFound, escapeHtml, htmlResponse, siteUrl } from "../../../html";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; iso3: string }> }) {
  const { locale: raw, iso3 } = await params;
  const locale = EMBED_LOCALES.find((l) => l === raw);
  if (!locale || !/^[A-Z]{3}$/.test(iso3)) return embedNotFound();
  const card = await (await anonymousApi(locale)).countries.card({ iso3 });
  if (!card) return embedNotFound();
  const t = serverTranslator(locale);
  const name = textIn(card.name, locale);
  const page = siteUrl(`/${locale}/countries/${card.iso3}`);
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(card.overall);
  const day = (d: string) => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`));
  const items = card.keyMeasures
    .map(
      (m) =>
        `<li><span class="badge s-${m.status}">${escapeHtml(t(`progress.statuses.${m.status}`))}</span><span>${escapeHtml(textIn(m.title, locale))}${
          m.since ? ` <small>(${escapeHtml(t("progress.sinceDate", { date: day(m.since) }))})</small>` : ""
        }</span></li>`,
    )
    .join("\n");
  const body = `
<h1><a href="${escapeHtml(page)}" target="_blank" rel="noopener">${escapeHtml(name)}</a></h1>
<p class="score"><span>${escapeHtml(t("openData.embed.overall"))}</span> <strong data-testid="embed-score">${escapeHtml(percent)}</strong></p>
<h2>${escapeHtml(t("openData.embed.keyMeasures"))}</h2>
<ul>${items || `<li>${escapeHtml(t("openData.embed.noKeyMeasures"))}</li>`}</ul>
<p class="foot"><a href="${escapeHtml(page)}" target="_blank" rel="noopener">${escapeHtml(t("openData.embed.seeFull"))}</a>${
    card.asOf ? ` · ${escapeHtml(t("openData.embed.source", { date: day(card.asOf) }))}` : ""
  }</p>`;
  return htmlResponse(embedDocument({ lang: locale, title: t("openData.embed.countryTitle", { country: name }), canonical: page, body }));
}
