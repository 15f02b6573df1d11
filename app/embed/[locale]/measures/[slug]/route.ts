// /embed/{locale}/measures/{slug}: the map of countries by status on one measure, for other sites
// to frame (issue 15). An inline SVG (each state titled with its name and status) and a legend with
// counts, so colour is never the only cue; no script. Read through measures.countriesByStatus.
import { textIn } from "~/db/localized-text";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "~/components/map/world-geometry";
import { STATUS_STYLE } from "~/components/map/map-colours";
import { PROGRESS_STATUSES } from "~/server/progress/statuses";
import { anonymousApi } from "~/server/api/public-caller";
import { intlLocale } from "~/server/i18n/locale-tags";
import { serverTranslator } from "~/server/i18n/translator";
import { EMBED_LOCALES, embedDocument, embedNotFound, escapeHtml, htmlResponse, siteUrl } from "../../../html";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  const locale = EMBED_LOCALES.find((l) => l === raw);
  if (!locale || slug.length > 200 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return embedNotFound();
  const map = await (await anonymousApi(locale)).measures.countriesByStatus({ slug, locale });
  if (!map) return embedNotFound();
  const t = serverTranslator(locale);
  const title = textIn(map.title, locale);
  const page = siteUrl(`/${locale}/measures/${map.slug}`);
  const byM49 = new Map(map.countries.map((c) => [c.m49, c]));
  const paths = worldShapes()
    .map((shape) => {
      const c = shape.m49 ? byM49.get(shape.m49) : undefined;
      const status = c?.status ?? "none";
      const label = c ? `${textIn(c.name, locale)}: ${t(`progress.statuses.${status}`)}` : shape.label;
      return `<path d="${shape.d}" fill="${STATUS_STYLE[status].colour}" stroke="#fff" stroke-width="0.5"><title>${escapeHtml(label)}</title></path>`;
    })
    .join("");
  const legend = PROGRESS_STATUSES.map(
    (s) =>
      `<li><span class="swatch" style="background:${STATUS_STYLE[s].colour}"></span>${escapeHtml(t(`progress.statuses.${s}`))} <strong>${new Intl.NumberFormat(intlLocale(locale)).format(map.counts[s])}</strong></li>`,
  ).join("");
  const body = `
<h1><a href="${escapeHtml(page)}" target="_blank" rel="noopener">${escapeHtml(title)}</a></h1>
<h2>${escapeHtml(t("openData.embed.countriesByStatus"))}</h2>
<svg viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-labelledby="map-title"><title id="map-title">${escapeHtml(t("openData.embed.mapTitle"))}</title>${paths}</svg>
<ul class="legend">${legend}</ul>
<p class="foot"><a href="${escapeHtml(page)}" target="_blank" rel="noopener">${escapeHtml(t("openData.embed.seeMeasure"))}</a></p>`;
  return htmlResponse(embedDocument({ lang: locale, title: t("openData.embed.measureTitle", { measure: title }), canonical: page, body }));
}
