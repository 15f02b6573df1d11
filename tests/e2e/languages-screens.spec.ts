// Screenshots for a person to look at: the home page and a country page in all six languages, on a
// phone (390 px) and a desktop (1280 px), under test-results/languages/. Each also checks the basics
// a screenshot cannot: the document's lang and dir, and no sideways scrolling.
import fs from "node:fs";
import { LOCALES, localeDirection } from "~/db/locales";
import { languageTag } from "~/server/i18n/locale-tags";
import { expect, test } from "./fixtures";

const SHOTS = "test-results/languages";
const PAGES = [
  { name: "home", path: "" },
  { name: "country", path: "/countries/KEN" },
];

test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));

for (const width of [390, 1280]) {
  for (const locale of LOCALES) {
    test(`${locale} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      for (const p of PAGES) {
        await page.goto(`/${locale}${p.path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", languageTag(locale));
        await expect(page.locator("html")).toHaveAttribute("dir", localeDirection(locale));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
        expect(overflow, `${p.name} scrolls sideways`).toBeLessThanOrEqual(1);
        await page.screenshot({ path: `${SHOTS}/${locale}-${p.name}-${width}.png`, fullPage: width < 600 });
      }
    });
  }
}
