// The whole invitation journey: an admin invites, the mail arrives, the invitee joins and signs in.
import { E2E_BASE_URL, E2E_ORGANIZATION } from "./accounts";
import { expect, test } from "./fixtures";
import { linkFromLastMail } from "./mail";

test("an admin invites a member, who accepts and signs in with the member's navigation", async ({
  page,
  browser,
  signInAs,
  consoleGuard,
}) => {
  const email = `invitee-${Date.now()}@e2e.r2p.test`;
  const name = "Ines Invitee";
  const password = "invitee-password-42";

  await signInAs("admin");
  await page.goto("/en/admin/users");
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Role").selectOption({ label: "Coalition member" });
  await form
    .getByLabel("Organisation")
    .selectOption({ label: E2E_ORGANIZATION.name });
  await expect(form.getByLabel("Country")).toHaveCount(0); // only parliamentarians have one
  await form.getByLabel("Language of the invitation").selectOption("en");
  await form.getByRole("button", { name: "Invite someone" }).click();
  await expect(form.getByRole("status")).toHaveText(
    `Invitation sent to ${email}.`,
  );

  // The mailbox keeps what was sent (no SMTP in tests), but never the live link: an admin must not
  // be able to accept someone else's invitation.
  await page.goto("/en/admin/mailbox");
  const mail = page
    .getByTestId("mailbox")
    .getByRole("listitem")
    .filter({ hasText: email });
  await expect(mail).toHaveCount(1);
  await expect(mail.locator("summary")).toContainText(
    "You are invited to R2P Tracker",
  );
  await mail.locator("summary").click();
  await expect(mail.locator("pre")).toContainText(
    `${E2E_BASE_URL}/en/invitations/[redacted]`,
  );

  // The invitee's own copy (the tests' drop directory) has the real link, from APP_URL.
  const link = linkFromLastMail(email, "invitations");
  expect(link, `invitation link mailed to ${email}`).toBeTruthy();
  expect(link!.startsWith(`${E2E_BASE_URL}/en/invitations/`)).toBe(true);
  expect(link).not.toContain("[redacted]");

  // The invitee, in their own browser.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  try {
    const invitee = await context.newPage();
    consoleGuard.watch(invitee);
    await invitee.goto(link!);
    await expect(
      invitee.getByRole("heading", { level: 1, name: "Join R2P Tracker" }),
    ).toBeVisible();
    await expect(
      invitee.getByText(
        `You are invited as Coalition member with the email ${email}.`,
      ),
    ).toBeVisible();
    await expect(invitee.getByLabel("Your name")).toHaveValue(name);
    await invitee.getByLabel("Password", { exact: true }).fill(password);
    await invitee.getByRole("button", { name: "Create my account" }).click();

    await expect(invitee).toHaveURL(/\/en\/sign-in\?done=invited$/);
    await expect(invitee.getByRole("main").getByRole("status")).toHaveText(
      "Your account is ready. Sign in with your email and new password.",
    );
    await invitee.getByLabel("Email", { exact: true }).fill(email);
    await invitee.getByLabel("Password", { exact: true }).fill(password);
    await invitee.getByRole("button", { name: "Sign in" }).click();

    const banner = invitee.getByRole("banner");
    await expect(banner.getByTestId("account-link")).toHaveAccessibleName(
      `Signed in as ${name}`,
    );
    const nav = banner.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Countries" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);

    await banner.getByTestId("account-link").click();
    await expect(invitee).toHaveURL(/\/en\/account$/);
    await expect(
      invitee.getByText("Coalition member", { exact: true }),
    ).toBeVisible();

    // An invitation works once.
    await invitee.goto(link!);
    await expect(invitee.getByRole("main").getByRole("alert")).toContainText(
      "This invitation is invalid, expired, revoked or already used.",
    );
  } finally {
    await context.close();
  }

  // Back on the admin's side the new person is listed as an active member of the organisation.
  await page.goto(`/en/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText(name);
  await expect(row).toContainText("Coalition member");
  await expect(row).toContainText(E2E_ORGANIZATION.name);
  await expect(row).toContainText("Active");
});
