// Issue 18: a measure edited in French shows in French, and falls back visibly elsewhere — the
// secretariat edits the six languages side by side and sees which are missing.
import { expect, test } from "./fixtures";

const SLUG = "parliament-promote-universal-ratification-of-rome-statute";

test("a measure edited in French shows in French and falls back visibly in Spanish", async ({ page, signInAs }) => {
  await signInAs("secretariat");
  await page.goto(`/en/measures/${SLUG}/edit`);
  // Seeded in Chinese and English: four languages missing, each marked.
  const languages = page.getByRole("group", { name: "Languages" });
  await expect(languages).toContainText("4 languages missing");
  const french = `Promouvoir la ratification universelle du Statut de Rome (${Date.now()})`;
  await page.getByLabel("Title (French)").fill(french);
  await expect(languages).toContainText("3 languages missing");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. The change is in the history.")).toBeVisible();

  // In French: the French title, in the page's language, with no label.
  await page.goto(`/fr/measures/${SLUG}`);
  const frenchTitle = page.getByRole("heading", { level: 1 });
  await expect(frenchTitle).toHaveText(french);

  // In Spanish there is no Spanish title yet: the English one, marked as English (lang and a label).
  await page.goto(`/es/measures/${SLUG}`);
  const spanishTitle = page.getByRole("heading", { level: 1 });
  await expect(spanishTitle.locator('[lang="en"]')).toBeVisible();
  await expect(spanishTitle).toContainText("en inglés");
  await expect(spanishTitle).not.toContainText(french);
});
