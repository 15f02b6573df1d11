// npm run bench:lighthouse — Lighthouse (mobile profile, its default) on the public pages of a running
// production build, with Debian's Chromium; prints performance and accessibility per page, and the
// audits that cost accessibility points.
//   npm run bench:lighthouse -- --base http://127.0.0.1:3204 [--locale en] [--country KEN]
// Only ever targets this machine.
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    locale: { type: "string", default: "en" },
    country: { type: "string", default: "KEN" },
    measure: { type: "string", default: "appoint-national-r2p-focal-point" },
    document: { type: "string", default: "a-72-884" },
  },
});
const base = new URL(values.base);
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error("loopback only");
const l = values.locale;
const pages = [
  ["home", `/${l}`],
  ["countries", `/${l}/countries`],
  ["country profile", `/${l}/countries/${values.country}`],
  ["measure", `/${l}/measures/${values.measure}`],
  ["document", `/${l}/documents/${values.document}`],
  ["parliamentarians", `/${l}/parliamentarians`],
] as const;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const rows: string[] = [];
try {
  for (const [name, path] of pages) {
    const url = new URL(path, base).toString();
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    if (!result) throw new Error(`no result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (k: string) => Math.round((categories[k]?.score ?? 0) * 100);
    const failing = (categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    const ms = (k: string) => `${Math.round(audits[k]?.numericValue ?? 0)}`;
    rows.push(
      `| ${name} | \`${path}\` | ${score("performance")} | ${score("accessibility")} | ${ms("first-contentful-paint")} | ${ms("largest-contentful-paint")} | ${ms("total-blocking-time")} | ${failing.join(", ") || "–"} |`,
    );
    console.error(`[lighthouse] ${name}: performance ${score("performance")}, accessibility ${score("accessibility")}`);
  }
} finally {
  await chrome.kill();
}
console.log("| page | path | performance | accessibility | FCP ms | LCP ms | TBT ms | accessibility audits failed |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
