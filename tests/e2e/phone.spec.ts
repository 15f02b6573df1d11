// On a phone the page itself never scrolls sideways; only a wide table scrolls, inside its own box.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
});

for (const path of ["/en", "/zh", "/en/countries", "/zh/countries"]) {
  test(`${path} fits a 390px wide screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(innerWidth).toBe(390);
    expect(scrollWidth, "page width").toBeLessThanOrEqual(innerWidth + 1);
    expect(
      await elementsSpillingOut(page),
      "elements wider than the screen",
    ).toEqual([]);
  });
}

test("the countries table scrolls inside its own container", async ({
  page,
}) => {
  await page.goto("/en/countries");
  const box = page.locator("table").locator("xpath=..");
  await expect(box).toHaveCSS("overflow-x", "auto");
  const { boxWidth, boxScroll } = await box.evaluate((el) => ({
    boxWidth: el.clientWidth,
    boxScroll: el.scrollWidth,
  }));
  expect(boxWidth).toBeLessThanOrEqual(390);
  expect(
    boxScroll,
    "the table is wider than the screen, so the container scrolls",
  ).toBeGreaterThan(boxWidth);
});

/** Visible elements reaching past the right edge, unless a scrolling or clipping ancestor holds them. */
function elementsSpillingOut(page: Page) {
  return page.evaluate(() => {
    const clipped = (el: Element) => {
      for (
        let a = el.parentElement;
        a && a !== document.body;
        a = a.parentElement
      ) {
        if (
          ["auto", "scroll", "hidden", "clip"].includes(
            getComputedStyle(a).overflowX,
          )
        )
          return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= window.innerWidth + 1)
        continue;
      if (clipped(el)) continue;
      // sr-only text is clipped to 1px by design
      if (getComputedStyle(el).position === "absolute" && r.width <= 1)
        continue;
      out.push(
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 3).join(".")} right=${Math.round(r.right)}`,
      );
    }
    return out.slice(0, 10);
  });
}
