// Status history and redirect review in a real browser (issue 14, decisions 025 and 033): a member
// proposes a dated status update on a commitment, the secretariat publishes it, and the country's
// "since" and trend move (and the profile as of an earlier day still shows the old status); the
// secretariat confirms a flagged re-import redirect from the dashboard's card.
import { spawnSync } from "node:child_process";
import type { APIRequestContext, Page } from "@playwright/test";
import { accounts, E2E_BASE_URL } from "./accounts";
import { expect, signInWith, test } from "./fixtures";

const COUNTRY = { iso3: "FJI", en: "Fiji" };
const ROME = "ratify-rome-statute";

async function mutate(request: APIRequestContext, path: string, input: unknown) {
  const res = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: { json: { id: string; version: number } } } }).result.data.json;
}

/** The trend table's score for the last day of `year` (e.g. "25%"). */
async function trendAt(page: Page, year: number) {
  const row = page.getByRole("table", { name: "Score over the years" }).getByRole("row").filter({ hasText: String(year) }).filter({ hasText: "Dec" });
  return (await row.getByRole("cell").last().textContent())?.trim();
}

test("a member's status update, published by the secretariat, moves the since and the trend", async ({ page, browser, signInAs }) => {
  const uid = Date.now().toString(36);
  const title = `Rome Statute pledge ${uid}`;
  // Set-up: the secretariat publishes the commitment (announced in 2019).
  const staff = await browser.newContext({ baseURL: E2E_BASE_URL });
  await signInWith(staff, accounts.secretariat);
  const record = await mutate(staff.request, "records.create", {
    type: "commitment",
    countryIso3: COUNTRY.iso3,
    title: { en: title, zh: title },
    date: "2019-03-01",
    kind: "pledge",
    venue: "general_assembly",
    status: "announced",
    measures: [ROME],
    units: [],
    evidence: [{ kind: "url", url: "https://example.org/pledge", label: "Pledge" }],
    submit: false,
  });

  await page.goto(`/en/countries/${COUNTRY.iso3}/measures/${ROME}`);
  await expect(page.getByTestId("evidence-status")).toHaveText(/Committed/);
  await page.goto(`/en/countries/${COUNTRY.iso3}`);
  const before2024 = await trendAt(page, 2024);

  // The member proposes "fulfilled" on 1 Feb 2024 from the record's page.
  await signInAs("member");
  await page.goto(`/en/records/${record.id}`);
  await page.getByLabel("Date of the change").fill("2024-02-01");
  await page.getByLabel("New status").selectOption("fulfilled");
  await page.getByLabel("Evidence (web address)").fill("https://example.org/ratified");
  await page.getByRole("button", { name: "Propose the update" }).click();
  await expect(page.getByText("Proposed: the secretariat will review it.")).toBeVisible();

  // The secretariat publishes it from the same page.
  const secretariat = await staff.newPage();
  await secretariat.goto(`/en/records/${record.id}`);
  await secretariat.getByRole("button", { name: "Publish" }).first().click();
  await expect(secretariat.getByTestId("status-history")).not.toContainText("awaiting review");
  await staff.close();

  // The evidence says implemented since 2024; the trend's 2024 point has risen.
  await page.goto(`/en/countries/${COUNTRY.iso3}/measures/${ROME}`);
  await expect(page.getByTestId("evidence-status")).toHaveText(/Implemented/);
  await expect(page.getByText(/2024/).first()).toBeVisible();
  await page.goto(`/en/countries/${COUNTRY.iso3}`);
  await expect.poll(() => trendAt(page, 2024)).not.toBe(before2024);

  // As of 2020 the profile still shows the commitment only, with the banner back to today.
  await page.goto(`/en/countries/${COUNTRY.iso3}?asOf=2020-01-01`);
  await expect(page.getByTestId("as-of-banner")).toContainText(/You are viewing the state as of (January 1, 2020|1 January 2020)/);
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/countries/${COUNTRY.iso3}$`));
});

test("the secretariat confirms a flagged redirect", async ({ page, signInAs }) => {
  test.skip(!process.env.DATABASE_URL, "the fixture writes to the database directly: PostgreSQL only");
  const uid = Date.now().toString(36);
  const made = spawnSync("npx", ["tsx", "tests/e2e/redirect-fixture.ts", uid], { env: process.env, encoding: "utf8" });
  expect(made.status, made.stderr).toBe(0);
  const fixture = JSON.parse(made.stdout.trim().split("\n").pop()!) as { title: string; fromUnitId: string; proposedUnitId: string };

  await signInAs("secretariat");
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("redirects-to-review")).not.toHaveText("0");
  await page.getByRole("link", { name: "Review redirects" }).click();
  await expect(page).toHaveURL(/\/en\/review\/redirects$/);

  // Oldest first, ten a page: walk the pages to this run's redirect.
  let item = page.getByTestId("redirect-item").filter({ hasText: fixture.title });
  while ((await item.count()) === 0) {
    await page.getByRole("link", { name: /Next/ }).click();
    item = page.getByTestId("redirect-item").filter({ hasText: fixture.title });
  }
  await expect(item).toContainText("Retired paragraph 4");
  await expect(item).toContainText("Proposed successor: paragraph 4");
  await item.getByRole("button", { name: "Confirm paragraph 4" }).click();
  await expect(item.getByText(/Saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("redirect-item").filter({ hasText: fixture.title })).toHaveCount(0);
});
