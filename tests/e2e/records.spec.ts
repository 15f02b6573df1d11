// The review journey in a real browser: a member proposes a focal-point appointment citing a
// document paragraph, the secretariat asks for changes, the member fixes it, the secretariat
// publishes, and an anonymous visitor finds it on the country page in Chinese and in English.
import { type Browser, type Page } from "@playwright/test";
import { accounts, E2E_BASE_URL } from "./accounts";
import { type ConsoleGuard, expect, signInWith, test } from "./fixtures";
import { pickParagraph } from "./pickers";

async function pageFor(browser: Browser, guard: ConsoleGuard, role?: "secretariat") {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-GB", timezoneId: "UTC" });
  if (role) await signInWith(context, accounts[role]);
  const page = await context.newPage();
  guard.watch(page);
  return page;
}

const statusOf = (page: Page) => page.locator("article > header");

test("member proposes, secretariat asks for changes, member fixes, secretariat publishes, public sees it", async ({
  page,
  browser,
  signInAs,
  consoleGuard,
}) => {
  const uid = Date.now().toString(36);
  const titleEn = `Focal point ${uid}`;

  await signInAs("member");
  await page.goto("/en/records/new?type=focal_point");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Propose a record");
  await page.getByLabel("Country", { exact: true }).selectOption("GHA");
  await page.getByLabel("Appointed on").fill("2026-03-01");
  await page.getByLabel("Title (English)").fill(titleEn);
  await page.getByLabel("Office or ministry").fill("Ministry of Foreign Affairs");
  await pickParagraph(page, "a-72-884", "45(a)");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/en\/records\/[0-9a-f-]{36}$/);
  const recordUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
  await expect(statusOf(page)).toContainText("Submitted");

  const staff = await pageFor(browser, consoleGuard, "secretariat");
  await staff.goto("/en/review");
  await staff.getByRole("link", { name: titleEn }).click();
  await expect(staff.getByRole("link", { name: /A\/72\/884.*¶45\(a\)/ })).toBeVisible();
  await staff.getByLabel("Message to the submitter").fill("Please add the position title.");
  await staff.getByRole("button", { name: "Ask for changes" }).click();
  await expect(statusOf(staff)).toContainText("Changes requested");

  await page.reload();
  await expect(page.getByRole("region", { name: "Messages from the secretariat" })).toContainText("Please add the position title.");
  await page.getByRole("link", { name: "Edit record" }).click();
  await page.getByLabel("Position title").fill("Ambassador");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`${recordUrl}$`));
  await expect(statusOf(page)).toContainText("Submitted");

  await staff.goto(recordUrl);
  await expect(staff.getByText("Ambassador")).toBeVisible();
  await staff.getByRole("button", { name: "Publish" }).click();
  await expect(statusOf(staff)).toContainText("Published");

  const visitor = await pageFor(browser, consoleGuard);
  await visitor.goto("/zh/countries/GHA");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("加纳");
  const zhSection = visitor.getByRole("region", { name: "国家保护责任协调人任命" });
  // Written in English only: the Chinese page shows it in English, marked as such (decision 027).
  await expect(zhSection.getByRole("link", { name: titleEn })).toBeVisible();
  await expect(zhSection).toContainText("Ambassador");

  await visitor.goto("/en/countries?q=Ghana");
  await visitor.getByRole("link", { name: "Ghana", exact: true }).click();
  await expect(visitor).toHaveURL(/\/en\/countries\/GHA$/);
  const enSection = visitor.getByRole("region", { name: "Focal-point appointments" });
  await expect(enSection.getByRole("link", { name: titleEn })).toBeVisible();
  await expect(enSection.getByRole("link", { name: "a-72-884 ¶45(a)" })).toBeVisible();
});
