// The interface in Arabic: a right-to-left document whose header is mirrored, readable on a phone,
// with a language bar that keeps the page; a first visit that follows the browser's language; and states named
// in the reader's language on every page that names them.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const SHOTS = "test-results/languages";

test.beforeAll(() => fs.mkdirSync(SHOTS, { recursive: true }));

test("Arabic pages are right to left, with the header mirrored", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/ar");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");

  // The site's name sits at the right edge of the header, the account link at the left.
  const banner = page.getByRole("banner");
  const logo = await page.getByTestId("site-logo").boundingBox();
  expect(logo, "the logo is laid out").not.toBeNull();
  expect(logo!.x + logo!.width / 2, "logo in the right half").toBeGreaterThan(640);
  const signIn = await banner.getByRole("link", { name: "تسجيل الدخول" }).or(banner.locator('a[href$="/sign-in"]')).first().boundingBox();
  if (signIn) expect(signIn.x, "sign-in at the left").toBeLessThan(logo!.x);

  // The language bar: all six, in the UN's order, each in its own script and lang, Arabic current.
  const bar = page.getByTestId("language-bar");
  await expect(bar.getByRole("link")).toHaveText(["عربي", "中文", "English", "Français", "Русский", "Español"]);
  await expect(bar.getByRole("link", { name: "عربي" })).toHaveAttribute("aria-current", "true");
  await expect(bar.getByRole("link", { name: "Русский" })).toHaveAttribute("lang", "ru");
  await expect(bar.getByRole("link", { name: "中文" })).toHaveAttribute("lang", "zh-CN");
  const arabic = await bar.getByRole("link", { name: "عربي" }).boundingBox();
  const spanish = await bar.getByRole("link", { name: "Español" }).boundingBox();
  expect(arabic!.x, "the bar reads from the right in Arabic").toBeGreaterThan(spanish!.x);

  // Every page lists itself in the six languages for search engines.
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(7);
  await expect(page.locator('head link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /\/fr$/);
});

test("Arabic fits a phone, and the screenshot is kept for review", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ar/countries");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(innerWidth + 1);
  // All six languages stay visible on a phone (the bar wraps rather than hides).
  for (const name of ["عربي", "中文", "English", "Français", "Русский", "Español"])
    await expect(page.getByTestId("language-bar").getByRole("link", { name })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/ar-countries-390.png` });
});

test("the language bar switches to French, keeping the page and its filters, and remembers it", async ({ page, context }) => {
  await page.goto("/ar/countries?group=african&q=ia");
  await page.getByTestId("language-bar").getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/fr/countries" && url.searchParams.get("group") === "african" && url.searchParams.get("q") === "ia");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("language-bar").getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "true");
  const cookie = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie?.value).toBe("fr");
  // Remembered for about a year, not just for the browser session.
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(360 * 24 * 3600);
  // The bare address now opens in French.
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
});

test.describe("a first visit", () => {
  test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5" } });

  test("with a French browser lands on /fr", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });
});

test.describe("a first visit from an Arabic browser", () => {
  test.use({ locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar,en;q=0.5" } });

  test("lands on /ar, right to left", async ({ page }) => {
    await page.goto("/countries");
    await expect(page).toHaveURL(/\/ar\/countries$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
});

// The accessibility sweep runs in English and Chinese; the right-to-left pages get their own scan.
for (const path of ["/ar", "/ar/countries", "/ar/countries/KEN", "/ar/countries/KEN/brief"]) {
  test(`${path} has no serious or critical axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(" ")}: ${v.help}`));
    expect(serious).toEqual([]);
  });
}

test("a state's pages name it in the reader's language, not in English", async ({ page }) => {
  const names = { fr: "Allemagne", ru: "Германия", es: "Alemania", ar: "ألمانيا" } as const;
  for (const [locale, name] of Object.entries(names)) {
    await page.goto(`/${locale}/countries/DEU`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await page.goto(`/${locale}/countries/DEU/catalogue`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  }
});
