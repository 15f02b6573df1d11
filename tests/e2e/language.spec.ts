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
