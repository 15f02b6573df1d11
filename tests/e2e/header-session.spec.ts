// The header's signed-in part is right at first paint, before any script of ours has run, and the
// session is asked for once per page load (issue 13). Blocking the app's JavaScript shows exactly what
// a reader sees before hydration: the server's HTML plus the inline session-hint script.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const withoutAppScripts = (page: Page) =>
  page.route("**/_next/static/chunks/**", (route) => (route.request().resourceType() === "script" ? route.abort() : route.continue()));

const placeholderName = (page: Page) =>
  page
    .getByRole("banner")
    .locator(".session-hint-name")
    .evaluate((el) => getComputedStyle(el, "::before").content);

test("a visitor sees the sign-in link before the page's scripts run", async ({ page, consoleGuard }) => {
  consoleGuard.allow(/net::ERR_FAILED/); // the blocked scripts
  await withoutAppScripts(page);
  await page.goto("/en/countries");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "My work" })).toBeHidden();
});

test("a signed-in member's header is painted at once from the last answer, and asked for once", async ({ page, signInAs, consoleGuard }) => {
  const member = await signInAs("member");
  const sessionCalls: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "GET" && new URL(r.url()).pathname === "/api/session") sessionCalls.push(r.url());
  });

  // A normal visit: the header comes from /api/session, once, and is remembered in this browser.
  await page.goto("/en/countries");
  const banner = page.getByRole("banner");
  await expect(banner.getByTestId("account-link")).toHaveAccessibleName(`Signed in as ${member.name}`);
  await expect(banner.getByRole("link", { name: "My work" })).toBeVisible();
  expect(sessionCalls).toHaveLength(1);

  // The next page, before any script of ours runs: the name and the member's menu are already
  // there, the sign-in link is not, and nothing staff-only shows.
  consoleGuard.allow(/net::ERR_FAILED/);
  await withoutAppScripts(page);
  await page.goto("/en/measures");
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeHidden();
  expect(await placeholderName(page)).toBe(JSON.stringify(member.name));
  await expect(banner.getByRole("link", { name: "My work" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Admin" })).toBeHidden();

  // Back with scripts: the real header replaces the placeholder, with one more request.
  await page.unroute("**/_next/static/chunks/**");
  await page.goto("/en/documents");
  await expect(banner.getByTestId("account-link")).toHaveAccessibleName(`Signed in as ${member.name}`);
  await expect(banner.locator(".session-hint-name")).toHaveCount(0);
  expect(sessionCalls).toHaveLength(2);
});

test("signing out forgets the remembered header", async ({ page, signInAs }) => {
  await signInAs("parliamentarian");
  await page.goto("/en");
  const banner = page.getByRole("banner");
  await expect(banner.getByTestId("account-link")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("r2p:header"))).not.toBeNull();
  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("r2p:header"))).toBeNull();
});
