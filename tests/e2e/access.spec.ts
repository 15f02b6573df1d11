// Who may see the admin pages: members and parliamentarians get the 403 page, anonymous visitors
// are sent to sign in and brought back afterwards.
import { expect, test } from "./fixtures";

test("a coalition member is refused the admin pages", async ({
  page,
  signInAs,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 403/);
  await signInAs("member");
  const response = await page.goto("/en/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Not allowed",
  );
  await expect(
    page.getByText("Your role does not give access to this page."),
  ).toBeVisible();
  await expect(page.getByRole("form", { name: "Invite someone" })).toHaveCount(
    0,
  );
  await expect(
    page.getByRole("banner").getByRole("link", { name: "Admin" }),
  ).toHaveCount(0);
});

test("a parliamentarian is refused the admin pages, in Chinese", async ({
  page,
  signInAs,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 403/);
  await signInAs("parliamentarian");
  const response = await page.goto("/zh/admin/mailbox");
  expect(response?.status()).toBe(403);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
});

test("an anonymous visitor to an admin page is sent to sign in with next=", async ({
  page,
}) => {
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(
    (url) =>
      url.pathname === "/en/sign-in" &&
      url.searchParams.get("next") === "/en/admin/users",
  );
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign in" }),
  ).toBeVisible();
});
