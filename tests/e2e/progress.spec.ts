// Country progress in a real browser: the secretariat publishes a focal-point appointment, a visitor
// finds the country on the world map, opens a scorecard cell's evidence, then prints the brief
// to PDF (Chromium's print) and the PDF names the country and every key measure.
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./fixtures";
import { pickParagraph } from "./pickers";

const COUNTRY = { iso3: "CRI", en: "Costa Rica" };
const FOCAL_POINT_TITLE = "Appoint a senior official as national R2P focal point";
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test("a country's scorecard cell opens its evidence, and the brief prints to a PDF with its key measures", async ({ page, signInAs }) => {
  const uid = Date.now().toString(36);
  const titleEn = `Focal point in office ${uid}`;

  // The secretariat's save publishes at once, and the country's progress follows in the same transaction.
  await signInAs("secretariat");
  await page.goto("/en/records/new?type=focal_point");
  await page.getByLabel("Country", { exact: true }).selectOption(COUNTRY.iso3);
  await page.getByLabel("Appointed on").fill("2019-05-01");
  await page.getByLabel("Title (English)").fill(titleEn);
  await page.getByLabel("Office or ministry").fill("Ministry of Foreign Affairs");
  await pickParagraph(page, "a-72-884", "45(a)");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/\/en\/records\/[0-9a-f-]{36}$/);

  // From the world map to the profile.
  await page.goto("/en/countries");
  await expect(page.getByTestId("map-legend")).toBeVisible();
  await page.getByTestId("world-map").locator(`a[data-iso3="${COUNTRY.iso3}"] use`).first().click();
  await expect(page).toHaveURL(new RegExp(`/en/countries/${COUNTRY.iso3}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COUNTRY.en);
  const scorecard = page.getByTestId("scorecard");
  const cell = scorecard.getByRole("link", { name: new RegExp(FOCAL_POINT_TITLE) });
  await expect(cell).toContainText("Implemented");
  await expect(page.getByTestId("overall-score")).not.toHaveText("0%");

  // The cell's evidence: the status and the record that decided it.
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/en/countries/${COUNTRY.iso3}/measures/appoint-national-r2p-focal-point$`));
  await expect(page.getByTestId("evidence-status")).toHaveText(/Implemented/);
  await expect(page.getByRole("link", { name: titleEn })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What the documents say" })).toBeVisible();

  // The profile lists the latest status changes; the whole timeline is a page of its own.
  await page.goto(`/en/countries/${COUNTRY.iso3}/timeline`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${COUNTRY.en}: timeline`);
  await expect(page.getByRole("link", { name: FOCAL_POINT_TITLE }).first()).toBeVisible();
  await page.getByRole("link", { name: "Back to the country profile" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/countries/${COUNTRY.iso3}$`));

  // The brief, printed by Chromium to an A4 PDF.
  await page.goto(`/en/countries/${COUNTRY.iso3}`);
  await page.getByRole("link", { name: "Printable brief" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/countries/${COUNTRY.iso3}/brief$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Brief: ${COUNTRY.en}`);
  await page.emulateMedia({ media: "print" });
  // Print media switches the body to the print fonts (/print-fonts.css): text in a face still loading
  // is drawn invisible, and under load the PDF came out with no text at all. A face loads only when a
  // layout asks for it, so `fonts.ready` alone resolved at once with nothing pending: have the sheet
  // loaded, lay the page out in print media, then wait for the faces that layout asked for.
  const facesLoaded = await page.evaluate(async () => {
    const sheet = document.querySelector<HTMLLinkElement>('link[href="/print-fonts.css"]');
    if (sheet && !sheet.sheet) await new Promise((resolve) => sheet.addEventListener("load", resolve, { once: true }));
    void document.body.offsetHeight;
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === "loaded").length;
  });
  expect(facesLoaded).toBeGreaterThan(0);
  const pdf = await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const printed = squash(text);
  expect(printed).toContain(COUNTRY.en);
  expect(printed).toContain("Ministry of Foreign Affairs");
  // The site's navigation is not on paper.
  expect(printed).not.toContain("Sign out");

  const keyMeasures = (await (await page.request.get("/api/v1/measures?key=true&pageSize=50")).json()) as { items: { title: { en: string } }[] };
  expect(keyMeasures.items.length).toBeGreaterThanOrEqual(12);
  for (const m of keyMeasures.items) expect(printed, m.title.en).toContain(squash(m.title.en));
});
