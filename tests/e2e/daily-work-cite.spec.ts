// Issue 13: a member logs a meeting from the reader with the keyboard alone — "Cite in an action" on
// a paragraph, then two measures through the measure picker — and the saved action carries all three
// links. Axe finds nothing serious on the form with a picker open.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { test } from "./fixtures";

/** Presses Tab until `target` has focus, as someone moving through the page would (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

export async function expectNoSeriousAxeViolations(page: Page) {
  // The form (inside main) with a picker open; the header and footer are the site-wide sweep's.
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a member cites a paragraph from the reader and links two measures, keyboard only", async ({ page, signInAs }) => {
  // A whole journey, one key at a time, with an axe run in the middle: more than the default budget.
  test.setTimeout(180_000);
  const title = `Meeting on focal points ${Date.now().toString(36)}`;
  await signInAs("member");

  // The reader, opened at the paragraph; Tab moves on from it to its actions.
  await page.goto("/en/documents/a-72-884#p-45(a)");
  const cite = page.getByRole("link", { name: "Cite in an action: paragraph 45(a)" });
  await expect(cite).toBeVisible();
  await tabTo(page, cite, 10);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/actions\/new\?cite=a-72-884%2345%28a%29$/);
  await expect(page.getByRole("list", { name: "Cited paragraphs" })).toContainText(/A\/72\/884.* ¶ 45\(a\)/);

  // The form, field by field with Tab.
  await tabTo(page, page.getByLabel("Title", { exact: true }));
  await page.keyboard.type(title);
  const country = page.getByLabel("Choose a country…");
  await tabTo(page, country);
  await page.keyboard.type("Kenya");
  await tabTo(page, page.getByRole("button", { name: "Add country" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Remove Kenya" })).toBeVisible();

  const measures = page.getByRole("combobox", { name: "Find a measure" });
  await tabTo(page, measures);
  await page.keyboard.type("focal point");
  await expect(measures).toHaveAttribute("aria-expanded", "true");
  const active = page.getByRole("listbox", { name: "Find a measure" }).getByRole("option", { selected: true });
  await expect(active).toContainText("Appoint a senior official as national R2P focal point");
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press("Enter");
  await page.keyboard.type("genocide convention");
  await expect(active).toContainText("Convention on the Prevention and Punishment of the Crime of Genocide");
  await page.keyboard.press("Enter");
  const linked = page.getByRole("list", { name: "Linked measures" });
  await expect(linked.getByRole("listitem")).toHaveCount(2);

  // Enter in the picker never submitted the form; the submit button does.
  await expect(page).toHaveURL(/\/en\/actions\/new/);
  await tabTo(page, page.getByRole("button", { name: "Log the action" }), 80);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/en\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("link", { name: "Appoint a senior official as national R2P focal point" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Convention on the Prevention and Punishment of the Crime of Genocide/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /A\/72\/884.*45\(a\)/ })).toHaveAttribute("href", "/en/documents/a-72-884#p-45(a)");
});

test("the paragraph picker browses a document with a preview; the record form offers it too (zh)", async ({ page, signInAs }) => {
  await signInAs("member");
  await page.goto("/zh/records/new?type=commitment");
  await page.getByLabel("文件", { exact: true }).selectOption("a-72-884");
  const box = page.getByRole("combobox", { name: "查找段落" });
  await box.focus();
  // Browsing: the list is open, ArrowDown moves, and the preview shows the active paragraph in full.
  const active = page.getByRole("listbox", { name: "查找段落" }).getByRole("option", { selected: true });
  await expect(active).toHaveCount(1);
  const first = await active.getAttribute("id");
  await page.keyboard.press("ArrowDown");
  await expect(active).not.toHaveAttribute("id", first ?? "");
  const locator = ((await active.locator("span").first().innerText()).match(/第 (.+) 段/) ?? [])[1] ?? "?";
  await expect(page.getByTestId("paragraph-preview")).toContainText(`第 ${locator} 段`);
  await page.keyboard.type("45(a)");
  await expect(active).toContainText("第 45(a) 段");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "已引用的段落" })).toContainText(/A\/72\/884.* 第 45\(a\) 段/);
  await expectNoSeriousAxeViolations(page);
});
