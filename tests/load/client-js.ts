// Client JavaScript of public pages (issue 12: "within 40 KB gzip of a bare Next.js page"): every
// script a page loads (its <script src> chunks), gzipped at level 9 as a CDN would, beside the same
// figure for a bare Next.js page — one page, no layout, the same Next version — served at --bare.
// The legacy polyfills (`<script noModule>`) are left out: a browser that runs modules never loads them.
//   npx tsx tests/load/client-js.ts --base http://127.0.0.1:3171 --bare http://127.0.0.1:3199/ [--locales en,ar]
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3171" },
    bare: { type: "string" },
    locales: { type: "string", default: "en" },
  },
});
const PAGES = [
  "",
  "/countries",
  "/countries/KEN",
  "/measures",
  "/measures/appoint-national-r2p-focal-point",
  "/documents",
  "/documents/a-72-884",
  "/parliamentarians",
  "/parliamentarians?country=KEN",
  "/search?q=early%20warning",
];

const chunkSizes = new Map<string, number>();
async function gzippedScripts(url: string) {
  const html = await (await fetch(url)).text();
  // Not the legacy-browser polyfills (`noModule`): browsers that run modules never load them.
  const tags = [...html.matchAll(/<script([^>]+)>/g)].map((m) => m[1]!).filter((attrs) => !/\bnoModule\b/i.test(attrs));
  const sources = [...new Set(tags.flatMap((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1] ?? []).map((src) => new URL(src, url).href))];
  let total = 0;
  for (const src of sources) {
    if (!chunkSizes.has(src)) chunkSizes.set(src, gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer()), { level: 9 }).length);
    total += chunkSizes.get(src)!;
  }
  return { scripts: sources.length, total };
}

const kb = (n: number) => (n / 1024).toFixed(1);
const bare = values.bare ? await gzippedScripts(values.bare) : null;
if (bare) console.log(`bare Next.js page: ${bare.scripts} scripts, ${kb(bare.total)} KB gzip\n`);
console.log(`| page | scripts | KB gzip |${bare ? " over bare (KB) |" : ""}\n|---|---|---|${bare ? "---|" : ""}`);
for (const locale of values.locales.split(",")) {
  for (const page of PAGES) {
    const r = await gzippedScripts(`${values.base}/${locale}${page}`);
    console.log(`| \`/${locale}${page}\` | ${r.scripts} | ${kb(r.total)} |${bare ? ` ${kb(r.total - bare.total)} ${r.total - bare.total <= 40 * 1024 ? "✓" : "✗"} |` : ""}`);
  }
}
