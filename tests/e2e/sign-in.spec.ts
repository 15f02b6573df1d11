// Signing in through the form: wrong password, right password (and code), sign out, ?next=, and the
// form before its script has loaded. (two-factor.spec covers the second step's own cases.)
import { accounts, E2E_BASE_URL } from "./accounts";
import { expect, test } from "./fixtures";
import { unspentCode } from "./totp";

test("refuses a wrong password, signs in with the right one and signs out", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 401/); // the browser logs the deliberate failed POST /api/session
  const { email, password, name } = accounts.secretariat;

  await page.goto("/en/sign-in");
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign in" }),
  ).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "The email or password is not correct.",
  );
  await expect(page).toHaveURL(/\/en\/sign-in$/);

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Staff have a second factor: the form asks for the code.
  await page.getByLabel("Code", { exact: true }).fill(await unspentCode(accounts.secretariat.totpSecret!));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/en$/);
  const banner = page.getByRole("banner");
  await expect(banner.getByTestId("account-link")).toHaveAccessibleName(
    `Signed in as ${name}`,
  );
  await expect(banner.getByRole("link", { name: "Admin" })).toBeVisible(); // secretariat's nav
  await expect(banner.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  // The session survives a full reload: it lives in the cookie, not in client state.
  await page.reload();
  await expect(banner.getByTestId("account-link")).toHaveAccessibleName(
    `Signed in as ${name}`,
  );

  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(banner.getByTestId("account-link")).toHaveCount(0);
  await expect(banner.getByRole("link", { name: "Admin" })).toHaveCount(0);

  // Signed out for real: a protected page sends us back to sign in.
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
});

test("after signing in, returns to the page that asked for it", async ({
  page,
}) => {
  const { email, password } = accounts.admin;
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code", { exact: true }).fill(await unspentCode(accounts.admin.totpSecret!));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/users$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "People" }),
  ).toBeVisible();
});

test("before its script has loaded, the form posts: nothing secret reaches a URL", async ({
  browser,
  consoleGuard,
}) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  consoleGuard.watch(page);
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  const { email, password } = accounts.member;

  await page.goto("/en/sign-in?next=%2Fen%2Fmy-work");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not correct.");

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A protected page: had the session not been opened, it would send us back to sign in.
  await expect(page).toHaveURL(/\/en\/my-work$/);
  for (const url of urls) {
    expect(url).not.toContain("password");
    expect(url).not.toContain(encodeURIComponent(email));
  }
  await context.close();
});

test("a next that leads off the site is dropped: the person lands on the home page", async ({ page }) => {
  const { email, password } = accounts.colleague;
  await page.goto("/en/sign-in?next=%2F%2509%2Fevil.example");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/en`);
});

test("without its script, a French sign-in that fails comes back in French", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/sign-in");
  await page.locator("#email").fill(accounts.member.email);
  await page.locator("#password").fill("not-the-password");
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/fr\/sign-in/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await context.close();
});
