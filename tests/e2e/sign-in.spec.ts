// The one place that signs in through the form: wrong password, right password, sign out, ?next=.
import { accounts } from "./accounts";
import { expect, test } from "./fixtures";

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
  await expect(page).toHaveURL(/\/en\/admin\/users$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "People" }),
  ).toBeVisible();
});
