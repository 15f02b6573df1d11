// The reference layer in a real browser: open a document, follow a citation into another document
// and back through "cited by", reach a footnote, and search in Chinese and English.
import { expect, test } from "./fixtures";

test("reads a report and follows a citation into the report it cites", async ({ page }) => {
  await page.goto("/zh/documents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("文件");
  await page.getByRole("link", { name: "保护责任：从早报警到早行动" }).click();
  await expect(page).toHaveURL(/\/zh\/documents\/a-72-884$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("保护责任：从早报警到早行动");
  await expect(page.getByRole("navigation", { name: "目录" })).toBeVisible();
  // A paragraph of a later part, by its canonical URL, opens on the part that holds it (decision 038).
  await page.goto("/zh/documents/a-72-884#p-45(a)");
  await expect(page).toHaveURL(/\/zh\/documents\/a-72-884\/part\/\d+#p-45\(a\)$/);
  await expect(page.locator('[id="p-45(a)"]')).toContainText("国家保护责任协调人");

  // "A/63/677，第 17、27、37、43-45、47 和 59 段" (paragraph 40) links to the first paragraph it cites.
  await page.goto("/zh/documents/a-72-884#p-40");
  await expect(page.locator('[id="p-40"]')).toBeInViewport();
  await page.getByRole("link", { name: /A\/63\/677，第 17、27/ }).click();
  await expect(page).toHaveURL(/\/zh\/documents\/a-63-677#p-17$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("履行保护责任");
  const cited = page.locator('[id="p-17"]');
  await expect(cited).toBeInViewport();

  // Paragraph 17 knows who cites it, and leads back.
  await cited.getByRole("link", { name: /A\/72\/884-S\/2018\/525/ }).click();
  // On the document's own page or, when the paragraph lives in a later part, on that part (decision 038).
  await expect(page).toHaveURL(/\/zh\/documents\/a-72-884(\/part\/\d+)?#p-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("保护责任：从早报警到早行动");
});

test("a long report is read part by part; its canonical paragraph links still land", async ({ page }) => {
  // The canonical citation URL of a paragraph far into the report leads on to the part that holds it.
  await page.goto("/en/documents/a-63-677#p-70");
  await expect(page).toHaveURL(/\/en\/documents\/a-63-677\/part\/\d+#p-70$/);
  await expect(page.locator('[id="p-70"]')).toBeInViewport();
  await expect(page.locator('[id="p-70"]')).toContainText("大会和安全理事会");
  const partOf = page.getByTestId("part-of");
  await expect(partOf).toHaveText(/^Part \d+ of \d+: paragraphs /);

  // The table of contents names every part and what it holds; the current one is marked.
  const toc = page.getByRole("navigation", { name: "Contents" });
  await expect(toc.getByRole("link", { name: /^Part 1: / })).toHaveAttribute("href", "/en/documents/a-63-677");
  await expect(toc.locator('a[aria-current="page"]')).toHaveText(/^Part \d+: /);

  // From the first part, next and previous.
  await page.goto("/en/documents/a-63-677");
  await expect(partOf).toHaveText(/^Part 1 of /);
  const parts = page.getByRole("navigation", { name: "Parts of the document" });
  await expect(parts.getByRole("link", { name: /^Previous/ })).toHaveCount(0);
  await parts.getByRole("link", { name: /^Next: part 2/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/a-63-677\/part\/2$/);
  await expect(partOf).toHaveText(/^Part 2 of /);
  await parts.getByRole("link", { name: /^Previous: part 1/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/a-63-677$/);

  // A paragraph of the first part stays on the first part; a part that does not exist is a 404.
  await page.goto("/zh/documents/a-63-677#p-1");
  await expect(page.locator('[id="p-1"]')).toBeInViewport();
  await expect(page).toHaveURL(/\/zh\/documents\/a-63-677#p-1$/);
  const missing = await page.request.get("/en/documents/a-63-677/part/99");
  expect(missing.status()).toBe(404);
});

test("reaches a footnote from its marker and returns", async ({ page }) => {
  await page.goto("/en/documents/a-63-677");
  const marker = page.locator('a[href="#p-fn-1"]').first();
  await marker.click();
  await expect(page).toHaveURL(/#p-fn-1$/);
  await expect(page.locator('[id="p-fn-1"]')).toBeInViewport();
  await page.locator('[id="p-fn-1"]').getByRole("link", { name: /Back to paragraph/ }).click();
  await expect(page).toHaveURL(/#ref-.+-1$/);
});

test("searches in Chinese, then in English, and opens a hit", async ({ page }) => {
  await page.goto("/zh/search");
  await page.getByLabel("检索词").fill("协调人");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/q=%E5%8D%8F%E8%B0%83%E4%BA%BA/);
  // Measures come first in the results (see measures.spec); here, the paragraphs.
  const hits = page.getByRole("listitem").filter({ has: page.locator('a[href*="/documents/"]') }).filter({ has: page.locator("mark") });
  await expect(hits.first().locator("mark").first()).toHaveText("协调人");
  await expect(hits.first().getByRole("link")).toHaveAttribute("href", "/zh/documents/a-72-884#p-45(a)");

  await page.goto("/en/search");
  await page.getByLabel("Search terms").fill("early warning");
  await page.getByLabel("Document").selectOption("a-72-884");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toContainText(/\d+ results/);
  const first = page.getByRole("listitem").filter({ has: page.locator('a[href*="/documents/"]') }).filter({ has: page.locator("mark") }).first();
  await expect(first.locator("mark").first()).toHaveText("预警");
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/documents\/a-72-884#p-/);
});

test("says what to try when nothing is found", async ({ page }) => {
  await page.goto("/en/search?q=zzzzqqq");
  await expect(page.getByText(/Nothing found for “zzzzqqq”/)).toBeVisible();
});

test("the secretariat previews an upload, is told when a file cannot be read, and saves", async ({ page, signInAs, consoleGuard }) => {
  await signInAs("secretariat");
  await page.goto("/en/admin/documents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");

  // The browser logs the refused request (400) as a console error: expected here.
  consoleGuard.allow(/status of 400/);
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 …") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toContainText("could not be read");

  const text = ["一. 导言", "", "1. 本报告是端到端测试上传的文件。", "", "2. 见 A/63/677，第 17 段。", ""].join("\n");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "e2e.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "What the parser found in e2e.txt" })).toBeVisible();
  await expect(page.getByText(/2 paragraphs/)).toBeVisible();

  const slug = `e2e-upload-${Date.now()}`;
  await page.getByLabel("URL slug").fill(slug);
  await page.getByLabel("Title (Chinese)").fill("端到端测试文件");
  await page.getByLabel("Title (English)").fill("End-to-end test document");
  await page.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Save the document" }).click();
  await expect(page.getByText("The document was saved.")).toBeVisible();
  await page.getByRole("link", { name: "Open the document" }).click();
  // The English page leads with the English title and keeps the title the document itself gives.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("End-to-end test document");
  await expect(page.locator("#main article header p[lang=zh]")).toHaveText("端到端测试文件");
  await expect(page.getByRole("link", { name: "A/63/677，第 17 段" })).toHaveAttribute("href", "/en/documents/a-63-677#p-17");
});
