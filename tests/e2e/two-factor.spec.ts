// Two-step sign-in in a real browser (issue 17): a secretariat account cannot get in with its password
// alone; with a code from its authenticator app it can; a recovery code works once. Uses the
// "guardian" account, which no other spec signs in with, so its codes are spent only here.
import { accounts, E2E_BASE_URL } from "./accounts";
import { expect, test } from "./fixtures";
import { unspentCode } from "./totp";

const guardian = accounts.guardian;

test("a secretariat account needs its second factor: the password alone does not sign in", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 401/); // the deliberate wrong code
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  await page.getByLabel("Email", { exact: true }).fill(guardian.email);
  await page.getByLabel("Password", { exact: true }).fill(guardian.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const code = page.getByLabel("Code", { exact: true });
  await expect(code).toBeVisible();
  // A new, empty field: the password typed a moment ago must not reappear in clear in the code field.
  await expect(code).toHaveValue("");

  // Not signed in yet: a protected page still sends us to sign in.
  const other = await page.context().newPage();
  await other.goto("/en/admin/users");
  await expect(other).toHaveURL(/\/en\/sign-in\?next=/);
  await other.close();

  await code.fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That code is not valid, or was already used. Wait for the next one and try again.",
  );
  await code.fill(await unspentCode(guardian.totpSecret!));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/users$/);
  await expect(page.getByRole("banner").getByTestId("account-link")).toHaveAccessibleName(`Signed in as ${guardian.name}`);
});

test("a recovery code signs in once; the second time it is refused", async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 401/);
  const recovery = guardian.recoveryCodes![0]!;
  const signIn = async () => {
    await page.goto("/en/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(guardian.email);
    await page.getByLabel("Password", { exact: true }).fill(guardian.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Code", { exact: true }).fill(recovery.toUpperCase());
    await page.getByRole("button", { name: "Verify" }).click();
  };
  await signIn();
  await expect(page).toHaveURL(/\/en$/);
  const banner = page.getByRole("banner");
  await expect(banner.getByTestId("account-link")).toHaveAccessibleName(`Signed in as ${guardian.name}`);
  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signIn();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That code is not valid, or was already used. Wait for the next one and try again.",
  );
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});

test("the second step works before the form's script has loaded too", async ({ browser, consoleGuard }) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  consoleGuard.watch(page);
  await page.goto("/en/sign-in?next=%2Fen%2Fadmin%2Fusers");
  await page.getByLabel("Email", { exact: true }).fill(guardian.email);
  await page.getByLabel("Password", { exact: true }).fill(guardian.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?step=code&next=%2Fen%2Fadmin%2Fusers$/);
  await page.getByLabel("Code", { exact: true }).fill(await unspentCode(guardian.totpSecret!));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await context.close();
});
