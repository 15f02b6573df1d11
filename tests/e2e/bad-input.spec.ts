// Invalid input comes back field by field, beside the field, in the language of the page — even when
// the person's own preferred language is another one (the e2e admin prefers English).
import { accounts } from "./accounts";
import { expect, test } from "./fixtures";

const cases = [
  {
    locale: "en",
    form: "Invite someone",
    email: "Email",
    fieldError: /^Email:\s*Invalid email address$/,
    summary: "Some fields need attention.",
  },
  {
    locale: "zh",
    form: "邀请新成员",
    email: "电子邮件",
    fieldError: /^电子邮件[:：]\s*无效电子邮件$/,
    summary: "有些字段需要修改。",
  },
] as const;

for (const c of cases) {
  test(`the invite form shows an invalid email beside the field (${c.locale})`, async ({
    page,
    signInAs,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 400/); // the browser logs the rejected tRPC call
    expect(accounts.admin.locale).toBe("en");
    await signInAs("admin");
    await page.goto(`/${c.locale}/admin/users`);
    const form = page.getByRole("form", { name: c.form });
    const email = form.getByLabel(c.email, { exact: true });
    await email.fill("not-an-email");
    await form.getByRole("button", { name: c.form }).click();

    const error = form.locator("#invite-email-error");
    await expect(error).toHaveRole("alert");
    await expect(error).toHaveText(c.fieldError);
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAttribute(
      "aria-describedby",
      "invite-email-error",
    );
    await expect(
      form.getByRole("alert").filter({ hasText: c.summary }),
    ).toBeVisible();
    await expect(form.getByRole("status")).toHaveCount(0); // nothing was sent
    await expect(email).toHaveValue("not-an-email"); // the input is kept to be corrected
  });
}
