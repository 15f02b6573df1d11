// Issue 18 item 6: the secretariat uploads an English version of a (synthetic) Chinese report; it lines
// up paragraph by paragraph, the document page links to it, and the parallel reader shows paragraph 3
// in both languages side by side, each column marked with its language and direction.
import { expect } from "@playwright/test";
import { test } from "./fixtures";
import { versionFixturePath } from "../fixtures/document-versions";

test("secretariat uploads an English version; the parallel reader shows paragraph 3 side by side", async ({ page, signInAs }) => {
  await signInAs("secretariat");
  const slug = `e2e-versions-${Date.now().toString(36)}`;
  const titleEn = `Synthetic report ${slug}`;

  // The Chinese original, through the existing document upload.
  await page.goto("/en/admin/documents");
  await page.locator("#doc-file").setInputFiles(versionFixturePath("zh"));
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByLabel("URL slug").fill(slug);
  await page.getByLabel("Title (Chinese)").fill("合成测试报告");
  await page.getByLabel("Title (English)").fill(titleEn);
  await page.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Save the document" }).click();
  await expect(page.getByText("The document was saved.")).toBeVisible();
  await page.reload();

  // The English version: the alignment report comes before the save.
  await page.getByRole("combobox", { name: "Document", exact: true }).selectOption({ label: titleEn });
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("en");
  await page.locator("#version-file").setInputFiles(versionFixturePath("en"));
  await page.getByRole("button", { name: "Check alignment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Every unit lines up with the original." })).toBeVisible();
  await page.getByLabel("Title in this language").fill("Synthetic test report");
  await page.getByRole("button", { name: "Save the version" }).click();
  await expect(page.getByText("Version saved.")).toBeVisible();

  // The document page links to the new version.
  await page.goto(`/en/documents/${slug}`);
  await expect(page.getByText("Also in:")).toBeVisible();
  await expect(page.locator("#main").getByRole("link", { name: "English", exact: true })).toHaveAttribute("href", `/en/documents/${slug}/in/en`);

  // Side by side: paragraph 3 in Chinese and in English, in one row.
  await page.getByRole("link", { name: "中文 and English, paragraph by paragraph" }).click();
  await expect(page).toHaveURL(`/en/documents/${slug}/in/zh/en`);
  const row = page.locator('section[data-locator="3"]');
  const [zh, en] = [row.locator(":scope > div").nth(0), row.locator(":scope > div").nth(1)];
  await expect(zh).toContainText("预防暴行罪需要及早采取行动。");
  await expect(zh).toHaveAttribute("lang", "zh-CN");
  await expect(en).toContainText("Preventing atrocity crimes requires early action.");
  await expect(en).toHaveAttribute("lang", "en");
  await expect(en).toHaveAttribute("dir", "ltr");
  // The two columns sit side by side on a desktop: the same row, English to the right.
  const [a, b] = [await zh.boundingBox(), await en.boundingBox()];
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);

  // Stacked on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  const [c, d] = [await zh.boundingBox(), await en.boundingBox()];
  expect(c && d && d.y > c.y).toBe(true);
});
