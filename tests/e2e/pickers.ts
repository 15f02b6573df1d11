// Choosing measures and paragraphs in the record and action forms the way a person does: type into
// the picker, choose the option shown. (daily-work-cite.spec does the same with the keyboard alone.)
import { expect, type Page } from "@playwright/test";

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function pickMeasure(page: Page, query: string, title: string) {
  await page.getByRole("combobox", { name: "Find a measure" }).fill(query);
  const option = page.getByRole("option", { name: new RegExp(`^${literal(title)}`) }).first();
  await option.click();
  await expect(page.getByRole("list", { name: "Linked measures" })).toContainText(title);
}

export async function pickParagraph(page: Page, document: string, locator: string) {
  await page.getByLabel("Document", { exact: true }).selectOption(document);
  await page.getByRole("combobox", { name: "Find a paragraph" }).fill(locator);
  await page.getByRole("option", { name: new RegExp(`^¶ ${literal(locator)}(?![\\w(])`) }).first().click();
  await expect(page.getByRole("list", { name: "Cited paragraphs" })).toContainText(`¶ ${locator}`);
}
