// Issue 13's journeys done with the keyboard alone: a parliamentarian browses the steps for their
// country and prints the brief. (The secretariat's review by keyboard is in
// follow-and-bulk-review.spec.ts; the member's logging and proposing belongs to the forms work.)
import { expect, test } from "./fixtures";

test("a parliamentarian browses the steps for their country and prints them, by keyboard", async ({ page, signInAs }) => {
  // The browser's print dialog cannot be driven in a headless run: note that it was asked for.
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "yes");
  });
  await signInAs("parliamentarian");
  await page.goto("/en/parliamentarians");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steps for parliamentarians");

  // From the top of the page: the skip link first, then into the content and to the country picker.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  const picker = page.getByLabel("Country", { exact: true });
  for (let i = 0; i < 10 && !(await picker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(picker).toBeFocused();
  await page.keyboard.type("Kenya");
  await expect(picker).toHaveValue("KEN");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]country=KEN/);
  await expect(page.getByTestId("country-summary")).toContainText("Kenya");

  // Print: reach the button by keyboard, press it, and the page is laid out for paper.
  const print = page.getByRole("button", { name: "Print" });
  await print.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Choose a country" })).toBeHidden();
  await expect(page.getByTestId("country-summary")).toBeVisible();
});
