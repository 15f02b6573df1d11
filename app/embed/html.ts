// The embeddable cards are plain HTML documents without a single script (issue 15: "script-free
// where possible"): other sites frame them, so they must be small, fast and inert. They are built
// as strings by route handlers — a Next page would ship its runtime — and every value passes
// through `escapeHtml`.
import { LOCALES, type Locale } from "~/db/locales";
import { env } from "~/server/env";
import { documentLanguage } from "~/server/i18n/locale-tags";

/** Cards come in every interface language; Arabic ones are laid out right to left. */
export type EmbedLocale = Locale;
export const EMBED_LOCALES: readonly EmbedLocale[] = LOCALES;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export const siteUrl = (path: string) => `${env.APP_URL.replace(/\/$/, "")}${path}`;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Noto Sans Arabic","Geeza Pro",Tahoma,sans-serif;color:#0f172a;background:#fff}
main{padding:12px 14px;max-width:720px}
h1{font-size:18px;margin:0 0 6px}
h2{font-size:14px;margin:12px 0 6px}
a{color:#1d4ed8}
.score{display:flex;align-items:baseline;gap:8px;margin:0}
.score strong{font-size:28px;font-variant-numeric:tabular-nums}
ul{list-style:none;margin:0;padding:0;display:grid;gap:4px}
li{display:flex;gap:8px;align-items:flex-start}
.badge{flex:none;display:inline-block;min-width:88px;padding:1px 6px;border-radius:4px;font-size:12px;text-align:center;border:1px solid #94a3b8}
.s-none{background:#f1f5f9}.s-committed{background:#fde68a}.s-in_progress{background:#bfdbfe}.s-implemented{background:#15803d;color:#fff;border-color:#15803d}.s-regressed{background:#dc2626;color:#fff;border-color:#dc2626}
.foot{margin-top:12px;font-size:12px;color:#475569}
svg{width:100%;height:auto;display:block}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0 0;padding:0}
.legend li{align-items:center;gap:6px}
.swatch{width:14px;height:14px;border:1px solid #64748b;display:inline-block}
`;

/** A whole embed document: language, title, the canonical page it stands for, and its body. */
export function embedDocument(opts: { lang: EmbedLocale; title: string; canonical: string; body: string }) {
  const { lang, dir } = documentLanguage(opts.lang);
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(opts.title)}</title>
<link rel="canonical" href="${escapeHtml(opts.canonical)}">
<style>${STYLE}</style>
</head>
<body>
<main>
${opts.body}
</main>
</body>
</html>
`;
}

export function htmlResponse(html: string, status = 200) {
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export const embedNotFound = () => htmlResponse("<!doctype html><title>Not found</title><p>Not found</p>", 404);
