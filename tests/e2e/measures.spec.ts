// The measures catalogue in a real browser: filter it, open a measure, follow a source into the reader;
// the steps for parliamentarians in both languages; the secretariat edits a title.
import { expect, test } from "./fixtures";

test("filters the catalogue, opens a measure and follows a source into the reader", async ({ page }) => {
  await page.goto("/en/measures");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Measures");
  await page.getByLabel("Addressed to").selectOption("government");
  await page.getByLabel("Key measures only").check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=government/);
  const link = page.getByRole("link", { name: "Appoint a senior official as national R2P focal point" });
  await link.click();
  await expect(page).toHaveURL(/\/en\/measures\/appoint-national-r2p-focal-point$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appoint a senior official as national R2P focal point");
  const passage = page.locator("figure").first();
  await expect(passage).toContainText("协调人");
  await passage.getByRole("link", { name: /A\/72\/884.*45\(a\)/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/a-72-884#p-45\(a\)$/);
  await expect(page.locator('[id="p-45(a)"]')).toBeInViewport();
});

test("searching finds measures as well as paragraphs", async ({ page }) => {
  await page.goto("/zh/measures?q=%E5%8D%8F%E8%B0%83%E4%BA%BA");
  await expect(page.getByRole("link", { name: /协调人/ }).first()).toBeVisible();
  await page.goto("/en/measures?q=zzzzqqq");
  await expect(page.getByText("No measure matches these filters.")).toBeVisible();
});

test("the steps for parliamentarians read in both languages without an account", async ({ page }) => {
  await page.goto("/zh/parliamentarians");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("议员可以采取的步骤");
  await expect(page.getByRole("heading", { level: 2, name: "教育与意识" })).toBeVisible();
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "议员步骤" })).toBeVisible();
  await page.goto("/en/parliamentarians");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steps for parliamentarians");
  await expect(page.getByRole("link", { name: "Educate the public and raise awareness on preventing the four atrocity crimes" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
});

test("the steps for parliamentarians load a passage on demand, and Print loads them all first", async ({ page }) => {
  // The browser's print dialog cannot be driven in a headless run: note what it would have printed.
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", String(document.querySelectorAll("details.source-passage[open] > div[lang]").length));
  });
  await page.goto("/en/parliamentarians");
  // Each source is a disclosure named by the document and paragraph; opened, the whole paragraph loads.
  const passages = page.locator("details.source-passage");
  const first = passages.first();
  await expect(first.locator("summary")).toHaveText(/, paragraph /);
  await first.locator("summary").click();
  const quote = (await first.locator("blockquote").innerText()).replace(/^Quoted words:\s*/, "").trim();
  expect(quote.length).toBeGreaterThan(0);
  await expect(first.locator(":scope > div[lang]")).toHaveText(/\S{10}/);
  await expect(first.getByRole("link", { name: /Open in the document/ })).toHaveAttribute("href", /^\/en\/documents\/[^/]+#p-/);

  // Print: every passage is loaded and open before the dialog.
  const count = await passages.count();
  expect(count).toBeGreaterThan(10);
  await page.getByRole("button", { name: "Print" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-printed", String(count));
  await expect(page.locator("details.source-passage:not([open])")).toHaveCount(0);
});

test("without JavaScript, the steps for parliamentarians open each source on a link to the reader", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/parliamentarians");
  const passage = page.locator("details.source-passage").first();
  await expect(passage.locator("summary")).toHaveText(/, paragraph /);
  await passage.locator("summary").click();
  await expect(passage.getByRole("link")).toBeVisible();
  await expect(passage.getByRole("link")).toHaveAttribute("href", /^\/en\/documents\/[^/]+#p-/);
  await context.close();
});

test("the secretariat edits a measure's title", async ({ page, signInAs }) => {
  await signInAs("secretariat");
  await page.goto("/en/measures/parliament-promote-universal-ratification-of-rome-statute/edit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit measure");
  const title = `Use parliamentary networks for universal ratification of the Rome Statute (${Date.now()})`;
  await page.getByLabel("Title (English)").fill(title);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. The change is in the history.")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText(title);
  await page.goto("/en/measures/parliament-promote-universal-ratification-of-rome-statute");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("the catalogue is one cached page for everyone; staff still find the deleted measures", async ({ page, signInAs }) => {
  // Without a query the page is the same for every visitor and comes from the cache (decision 037).
  // The first request after a publication (earlier specs publish) renders it again; the next is cached.
  await page.request.get("/en/measures");
  const cached = await page.goto("/en/measures");
  expect(cached?.headers()["x-nextjs-cache"], "the plain catalogue is served from the cache").toMatch(/HIT|STALE/);
  await expect(page.getByRole("checkbox", { name: "Deleted measures" })).toHaveCount(0);

  await signInAs("secretariat");
  await page.goto("/en/measures");
  const deleted = page.getByRole("checkbox", { name: "Deleted measures" });
  await deleted.check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/deleted=1/);
  // The per-request view checks the permission itself and keeps the box ticked.
  await expect(page.getByRole("checkbox", { name: "Deleted measures" })).toBeChecked();
});
