// Page weight of the reader (every part of every seeded document) and the steps for parliamentarians,
// per locale, as a Markdown table: bytes, of which the inlined RSC payload, and KB (issue 12; decision 038).
//   npx tsx tests/load/page-bytes.ts --base http://127.0.0.1:3171 --locales zh,en
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { base: { type: "string" }, locales: { type: "string", default: "zh,en" } } });
const base = values.base ?? "http://127.0.0.1:3100";
const DOCUMENTS = ["a-63-677", "a-65-877", "a-72-884", "icrtop-toolkit", "sg-2025"];

async function row(path: string) {
  const html = await (await fetch(base + path)).text();
  const bytes = Buffer.byteLength(html);
  const payload = [...html.matchAll(/<script>self\.__next_f\.push\(.*?<\/script>/gs)].reduce((s, m) => s + Buffer.byteLength(m[0]), 0);
  console.log(`| \`${path}\` | ${bytes.toLocaleString("en")} | ${payload.toLocaleString("en")} | ${(bytes / 1024).toFixed(1)} |`);
  return html;
}

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
