// The world map and the countries table in a real browser: the map with its legend, a click on a
// country, sorting and filtering the table; a measure's map; a country's steps for parliamentarians;
// the secretariat's dashboard.
import { expect, test } from "./fixtures";

test("the countries page shows a map with a legend; a state on the map opens its profile", async ({ page }) => {
  await page.goto("/en/countries");
  const map = page.getByTestId("world-map");
  await expect(map).toBeVisible();
  await expect(page.getByRole("figure", { name: /World map: share of recommended measures implemented/ })).toBeVisible();
  const legend = page.getByTestId("map-legend");
  await expect(legend).toContainText("Legend");
  await expect(legend).toContainText("80%–100%");
  await expect(legend).toContainText("No data");
  expect(await map.locator("a[data-iso3]").count()).toBeGreaterThanOrEqual(160);
  await map.locator('a[data-iso3="KEN"] use').click();
  await expect(page).toHaveURL(/\/en\/countries\/KEN$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kenya");
});

test("sorts and filters the countries table", async ({ page }) => {
  await page.goto("/en/countries");
  await page.getByRole("link", { name: /^Country/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /^Country/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator("tbody tr").first()).toContainText("Zimbabwe");

  await page.getByLabel("UN regional group").selectOption("weog");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/group=weog/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.locator("tbody tr").first()).toContainText("Western European and Other States");
  for (const row of await page.locator("tbody tr td:nth-child(4)").allTextContents()) {
    expect(row).toBe("Western European and Other States");
  }

  await page.getByLabel("Colour by key measure").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/measure=/);
  await expect(page.getByRole("columnheader", { name: /Status on the measure/ })).toBeVisible();
  await expect(page.getByTestId("map-legend")).toContainText("Implemented");
  await expect(page.locator("tbody tr").first()).toContainText("No record");

  await page.goto("/en/countries?sort=bogus&group=martian&page=-3");
  await expect(page.locator("tbody tr")).toHaveCount(50);
});

test("a measure's page shows its countries by status on a map and in a list", async ({ page }) => {
  await page.goto("/en/measures/appoint-national-r2p-focal-point");
  const section = page.getByRole("region", { name: "Countries by status" });
  await expect(section.getByRole("figure", { name: /each state.s status on this measure/ })).toBeVisible();
  await expect(section.getByTestId("map-legend")).toContainText("Regressed");
  await expect(section.getByRole("heading", { name: /Implemented/ })).toBeVisible();
  await section.getByRole("link", { name: /Sort and filter the states on this measure/ }).click();
  await expect(page).toHaveURL(/\/en\/countries\/table\?measure=appoint-national-r2p-focal-point/);
  await expect(page.getByLabel("Colour by key measure")).toHaveValue("appoint-national-r2p-focal-point");
});

test("the steps for parliamentarians for a chosen country", async ({ page }) => {
  await page.goto("/en/parliamentarians");
  await page.getByRole("combobox", { name: "Country" }).selectOption("KEN");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/en\/parliamentarians\?country=KEN$/);
  await expect(page.getByTestId("country-summary")).toContainText("In Kenya");
  await expect(page.getByTestId("step-progress").first()).toContainText("No record");
  await expect(page.getByTestId("step-progress").first()).toContainText("What remains");
});

test("the secretariat's dashboard", async ({ page, signInAs }) => {
  await signInAs("secretariat");
  await page.goto("/en/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Secretariat dashboard");
  await expect(page.getByText("States with an active R2P focal point")).toBeVisible();
  await expect(page.getByTestId("focal-states")).toHaveText(/^\d+$/);
  await expect(page.getByText("The 2025 report counts 61 states and 2 regional organisations.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Secretary-General's report 2025, ¶41" })).toHaveAttribute("href", "/en/documents/sg-2025#p-41");
  await expect(page.getByRole("img", { name: /mean score of the states of each region/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /mean score of the states of each region/ })).toContainText("Africa");
  await page.getByRole("link", { name: "UN regional group" }).click();
  await expect(page).toHaveURL(/by=group/);
  await expect(page.getByRole("table", { name: /mean score/ })).toContainText("African States");
  await expect(page.getByTestId("stale-count")).toContainText(/\d+ states/);
  await page.getByRole("banner").getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
});

test("the dashboard is for staff only", async ({ page, signInAs, consoleGuard }) => {
  consoleGuard.allow(/status of 403/);
  await signInAs("member");
  const res = await page.goto("/en/dashboard");
  expect(res?.status()).toBe(403);
});

test("a filtered countries view and a state's records pages come from the cache; free text and hostile keys do not (decision 039)", async ({ page }) => {
  // A canonical query (closed sets only) is one cached page for everyone; the address stays /countries?….
  const filtered = "/en/countries?group=weog&sort=score&dir=desc";
  await page.request.get(filtered);
  const cached = await page.goto(filtered);
  expect(cached?.headers()["x-nextjs-cache"], "the filtered view is served from the cache").toMatch(/HIT|STALE/);
  await expect(page).toHaveURL(/\/en\/countries\?group=weog&sort=score&dir=desc$/);
  await expect(page.getByRole("columnheader", { name: /^Score/ })).toHaveAttribute("aria-sort", "descending");
  for (const row of await page.locator("tbody tr td:nth-child(4)").allTextContents()) {
    expect(row).toBe("Western European and Other States");
  }
  // A sort header leads to another canonical view, also from the cache once rendered.
  await page.getByRole("link", { name: /^Country/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(page.locator("tbody tr").first()).toContainText("Western European and Other States");

  // Free text stays per request.
  const free = await page.request.get("/en/countries?q=ken");
  expect(free.status()).toBe(200);
  expect(free.headers()["x-nextjs-cache"]).toBeUndefined();

  // A state's records: the first pages and one list's page are cached.
  await page.request.get("/en/countries/KEN/records");
  const records = await page.goto("/en/countries/KEN/records");
  expect(records?.headers()["x-nextjs-cache"], "the records page is served from the cache").toMatch(/HIT|STALE/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kenya: published records");

  // Keys nobody may make up answer 404 (one cached key); hostile values in a query fall back to the per-request page.
  for (const bad of ["/en/countries/view/group-nope", "/en/countries/view/sort-score.group-weog", "/en/countries/KEN/records/cpage-9999", "/en/countries/QQQ/records/first", "/en/countries/view/%E0%A4%A", "/en/countries/QQQ", "/fr/countries/ken/timeline", "/en/countries/QQQ?asOf=2020-01-01"]) {
    expect((await page.request.get(bad)).status(), bad).toBe(404);
  }
  for (const odd of ["/en/countries?group=weog%00", "/en/countries?group=weog&group=african", "/en/countries/KEN/records?cpage=2%00&fpage=x", `/en/countries?region=${"9".repeat(2000)}`, "/en/countries?page=1", "/en/countries/table?page=1&group="]) {
    expect((await page.request.get(odd)).status(), odd).toBe(200);
  }
});
