// Switching language keeps the page and its filters, and changes everything the user reads.
import { expect, test } from "./fixtures";

test("switches the countries page between English and Chinese, keeping the filters", async ({
  page,
}) => {
  await page.goto("/en/countries?group=african&q=ia");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Countries");
  const rowsInEnglish = await page.locator("tbody tr").count();
  expect(rowsInEnglish).toBeGreaterThan(0);
  await expect(page.locator("tbody tr").first()).toContainText(
    "African States",
  );

  await page.getByRole("banner").getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/zh/countries" && hasFilters(url),
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("国家");
  await expect(page.getByLabel("联合国区域组")).toHaveValue("african");
  await expect(page.getByLabel("搜索")).toHaveValue("ia");
  await expect(page.locator("tbody tr")).toHaveCount(rowsInEnglish);
  await expect(page.locator("tbody tr").first()).toContainText("非洲国家组");

  await page.getByRole("banner").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/en/countries" && hasFilters(url),
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Countries");
  await expect(page.locator("tbody tr")).toHaveCount(rowsInEnglish);
});

test("pages through all 195 states, 50 at a time", async ({ page }) => {
  await page.goto("/en/countries");
  await expect(page.locator("tbody tr")).toHaveCount(50);
  await expect(page.getByText("195 results · Page 1 of 4")).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/en\/countries\/table\?page=2$/);
  await expect(page.getByText("195 results · Page 2 of 4")).toBeVisible();
  await page.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/en\/countries\/table\?page=1$/);
  await expect(page.locator("tbody tr")).toHaveCount(50);
});

function hasFilters(url: URL) {
  return (
    url.searchParams.get("group") === "african" &&
    url.searchParams.get("q") === "ia"
  );
}

test("a member makes French their language: the choice is saved, not turned into Chinese", async ({ page, signInAs }) => {
  await signInAs("colleague");
  await page.goto("/en/account");
  const before = await page.getByLabel("Preferred language").inputValue();
  await page.getByLabel("Preferred language").selectOption("fr");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // Saving a language moves the account page into it.
  await expect(page).toHaveURL(/\/fr\/account$/);
  await expect(page.getByLabel("Langue préférée")).toHaveValue("fr");
  await page.reload();
  await expect(page.getByLabel("Langue préférée")).toHaveValue("fr");
  // Put it back: the account is shared with other journeys.
  await page.getByLabel("Langue préférée").selectOption(before);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${before}/account$`));
});
