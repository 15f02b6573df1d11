// Page weight, as Markdown tables of HTML bytes (uncompressed, RSC payload included):
//   --reader: every part of every seeded document and the parliamentarians' page, per locale, with the
//             inlined RSC payload beside it (decision 038);
//   default:  the public pages of tests/e2e/page-weight.spec.ts in all six languages, one row a page.
//   npx tsx tests/load/page-bytes.ts --base http://127.0.0.1:3171 [--reader --locales zh,en]
import { parseArgs } from "node:util";
import { PAGE_BUDGET_BYTES, PUBLIC_PAGES } from "./public-pages";

const { values } = parseArgs({
  options: { base: { type: "string" }, locales: { type: "string", default: "zh,en" }, reader: { type: "boolean", default: false } },
});
const base = values.base ?? "http://127.0.0.1:3100";
const DOCUMENTS = ["a-63-677", "a-65-877", "a-72-884", "icrtop-toolkit", "sg-2025"];
const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"];

const get = async (path: string) => (await fetch(base + path)).text();

async function row(path: string) {
  const html = await get(path);
  const bytes = Buffer.byteLength(html);
  const payload = [...html.matchAll(/<script>self\.__next_f\.push\(.*?<\/script>/gs)].reduce((s, m) => s + Buffer.byteLength(m[0]), 0);
  console.log(`| \`${path}\` | ${bytes.toLocaleString("en")} | ${payload.toLocaleString("en")} | ${(bytes / 1024).toFixed(1)} |`);
  return html;
}

if (values.reader) {
  console.log("| page | bytes | payload | KB |\n|---|---|---|---|");
  for (const locale of values.locales.split(",")) {
    for (const slug of DOCUMENTS) {
      const html = await row(`/${locale}/documents/${slug}`);
      const parts = new Set([...html.matchAll(new RegExp(`/documents/${slug}/part/(\\d+)`, "g"))].map((m) => Number(m[1])));
      for (const n of [...parts].sort((a, b) => a - b)) await row(`/${locale}/documents/${slug}/part/${n}`);
    }
    await row(`/${locale}/parliamentarians`);
    await row(`/${locale}/parliamentarians?country=KEN`);
  }
} else {
  console.log(`| page | ${LOCALES.join(" | ")} |\n|---|${LOCALES.map(() => "---|").join("")}`);
  for (const path of PUBLIC_PAGES) {
    const sizes = await Promise.all(LOCALES.map(async (l) => Buffer.byteLength(await get(`/${l}${path}`))));
    console.log(`| \`${path || "/"}\` | ${sizes.map((n) => `${n.toLocaleString("en")}${n > PAGE_BUDGET_BYTES ? " ✗" : ""}`).join(" | ")} |`);
  }
}
