// The page budget of issue 12: every public page at seed size is at most 150 KB of HTML
// (uncompressed, RSC payload included), in every language. Bytes, not time: the same build and data
// always give the same figure, so this cannot flake; BENCHMARKS.md has the figures per page.
import { expect, test } from "./fixtures";

const BUDGET = 150 * 1024;
const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
const PAGES = [
  "",
  "/countries",
  "/countries/KEN",
  "/countries/KEN/records",
  "/countries/KEN/catalogue",
  "/countries/KEN/timeline",
  "/regional-organizations",
  "/measures",
  "/measures/appoint-national-r2p-focal-point",
  "/documents",
  "/documents/a-72-884",
  "/documents/icrtop-toolkit/part/9",
  "/parliamentarians",
  "/parliamentarians?country=KEN",
  "/search?q=early%20warning",
];

for (const locale of LOCALES) {
  test(`public pages in ${locale} stay within ${BUDGET / 1024} KB of HTML`, async ({ request }) => {
    const over: string[] = [];
    for (const path of PAGES) {
      const response = await request.get(`/${locale}${path}`);
      expect(response.status(), path).toBe(200);
      const bytes = (await response.body()).byteLength;
      if (bytes > BUDGET) over.push(`${path}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });
}
