// The advocacy log in a real browser: a member logs a meeting about a measure and a document
// paragraph, sees it with its links, and finds it in the list; bad input is named beside its field.
import { expect, test } from "./fixtures";
import { pickMeasure, pickParagraph } from "./pickers";

test("a member logs a meeting linked to a measure and a document paragraph", async ({ page, signInAs }) => {
  const title = `Meeting with the ministry ${Date.now().toString(36)}`;
  await signInAs("member");
  await page.goto("/en/actions");
  await page.getByRole("link", { name: "Log an action" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log an advocacy action");

  await page.getByLabel("Kind of action").selectOption("meeting");
  await page.getByLabel("Date", { exact: true }).fill("2026-05-04");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Choose a country…").selectOption("KEN");
  await page.getByRole("button", { name: "Add country" }).click();
  await page.getByLabel("Choose a country…").selectOption("GHA");
  await page.getByRole("button", { name: "Add country" }).click();
  await expect(page.getByRole("button", { name: "Remove Ghana" })).toBeVisible();
  await page.getByLabel("Institution or person").fill("Ministry of Foreign Affairs");
  await page.getByLabel("Summary").fill("We discussed appointing a national focal point.");
  await page.getByLabel("Outcome kind").selectOption("acknowledged");
  await pickMeasure(page, "focal point", "Appoint a senior official as national R2P focal point");
  await pickParagraph(page, "a-72-884", "45(a)");
  await page.getByRole("radio", { name: /Whole coalition/ }).check();
  await page.getByRole("button", { name: "Log the action" }).click();

  await expect(page).toHaveURL(/\/en\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    page.getByRole("link", { name: "Appoint a senior official as national R2P focal point" }),
  ).toHaveAttribute("href", "/en/measures/appoint-national-r2p-focal-point");
  await expect(page.getByRole("link", { name: /A\/72\/884.*45\(a\)/ })).toHaveAttribute(
    "href",
    "/en/documents/a-72-884#p-45(a)",
  );
  await expect(page.getByRole("region", { name: "Countries" })).toContainText("Ghana");
  await expect(page.getByRole("region", { name: "Addressed to" })).toContainText(
    "Ministry of Foreign Affairs",
  );

  await page.goto("/en/actions?mine=true");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("bad input is named beside its field, and nothing is saved", async ({
  page,
  signInAs,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 400/); // the browser logs the rejected tRPC call
  await signInAs("member");
  // A citation that names no paragraph (the reader's links carry document#locator in the address).
  await page.goto("/en/actions/new?cite=a-72-884%23999");
  await page.getByLabel("Date", { exact: true }).fill("2999-01-01");
  await page.getByRole("button", { name: "Log the action" }).click();
  await expect(page.getByText("Countries: Add at least one country.")).toBeVisible();
  await expect(page.getByText("Date: The date cannot be in the future.")).toBeVisible();
  await expect(page.getByText("Title: This field is required.")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/actions\/new\?cite=/);

  // With the shape right, the server's link check names the unknown paragraph.
  await page.getByLabel("Date", { exact: true }).fill("2026-05-04");
  await page.getByLabel("Title", { exact: true }).fill("Bad citation");
  await page.getByLabel("Choose a country…").selectOption("KEN");
  await page.getByRole("button", { name: "Add country" }).click();
  await page.getByRole("button", { name: "Log the action" }).click();
  await expect(
    page.getByText("Document paragraphs: No document paragraph matches that citation."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/en\/actions\/new\?cite=/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const path of ["/zh/actions", "/en/actions/new"]) {
    test(`${path} fits a 390px wide screen`, async ({ page, signInAs }) => {
      await signInAs("member");
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, "page width").toBeLessThanOrEqual(innerWidth + 1);
    });
  }
});

test("an anonymous visitor sees public actions only, with no way to log one", async ({ page }) => {
  await page.goto("/en/actions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Advocacy actions");
  await expect(page.getByRole("link", { name: "Log an action" })).toHaveCount(0);
  await expect(page.getByLabel("Who can see it")).toHaveCount(0);
});
