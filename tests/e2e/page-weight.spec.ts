// The page budget of issue 12: every public page at seed size is at most 150 KB of HTML
// (uncompressed, RSC payload included), in every language. Bytes, not time: the same build and data
// give the same figure whatever the machine is doing, so it does not flake; BENCHMARKS.md has the
// figures per page (tests/load/page-bytes.ts prints them).
import { PAGE_BUDGET_BYTES as BUDGET, PUBLIC_PAGES as PAGES } from "../load/public-pages";
import { expect, test } from "./fixtures";

const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

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
