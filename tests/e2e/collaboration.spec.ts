// Working together on a record: a member assigns a follow-up to a colleague and mentions her in a
// comment; the colleague signs in, sees both notifications, opens the record, then completes the
// task from "my work". (When advocacy actions land, the same journey runs on a logged meeting.)
import { accounts, E2E_BASE_URL } from "./accounts";
import { expect, signInWith, test } from "./fixtures";

test("a member assigns a follow-up and mentions a colleague, who is notified and completes it", async ({ page, browser, signInAs, consoleGuard }) => {
  const uid = Date.now().toString(36);
  const titleEn = `Focal point ${uid}`;
  const taskTitle = `Call the mission ${uid}`;

  await signInAs("member");
  await page.goto("/en/records/new?type=focal_point");
  await page.getByLabel("Country", { exact: true }).selectOption("GHA");
  await page.getByLabel("Appointed on").fill("2026-03-01");
  await page.getByLabel("Title (English)").fill(titleEn);
  await page.getByLabel("Office or ministry").fill("Ministry of Foreign Affairs");
  await page.getByLabel("Document citations").fill("a-72-884#45(a)");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/en\/records\/[0-9a-f-]{36}$/);
  const recordUrl = new URL(page.url()).pathname;

  // A follow-up for the colleague, due soon.
  const tasks = page.getByRole("region", { name: "Follow-ups" });
  await tasks.getByRole("button", { name: "Add a follow-up" }).click();
  await tasks.getByLabel("What needs doing").fill(taskTitle);
  await tasks.getByLabel("Assigned to").selectOption({ label: accounts.colleague.name });
  await tasks.getByLabel("Due date").fill("2030-01-15");
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByRole("article", { name: taskTitle })).toContainText(`Assigned to ${accounts.colleague.name}`);

  // A comment mentioning her, through the picker.
  const discussion = page.getByRole("region", { name: "Discussion" });
  const box = discussion.getByLabel("Comment", { exact: true });
  await box.fill("Please **call** them, @Cle");
  await discussion.getByRole("button", { name: `@${accounts.colleague.name}` }).click();
  await box.press("End");
  await box.pressSequentially("thanks");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  const posted = discussion.getByRole("article", { name: accounts.member.name });
  await expect(posted).toContainText(`@${accounts.colleague.name}`);
  await expect(posted.locator("strong")).toHaveText("call");

  // The colleague, in her own browser.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-GB", timezoneId: "UTC" });
  await signInWith(context.request, accounts.colleague);
  const colleague = await context.newPage();
  consoleGuard.watch(colleague);
  await colleague.goto("/en/notifications");
  await expect(colleague.getByRole("link", { name: `${accounts.member.name} assigned you a task “${taskTitle}” on “${titleEn}” (due Jan 15, 2030)` })).toBeVisible();
  const mention = colleague.getByRole("link", { name: `${accounts.member.name} mentioned you in a comment on “${titleEn}”` });
  await mention.click();
  await expect(colleague).toHaveURL(new RegExp(`${recordUrl}$`));
  await expect(colleague.getByRole("region", { name: "Discussion" })).toContainText("thanks");

  await colleague.goto("/en/my-work");
  const myTasks = colleague.getByRole("region", { name: "My tasks" });
  const task = myTasks.getByRole("article", { name: taskTitle });
  await expect(task).toContainText("2030");
  await task.getByRole("button", { name: "Mark as done" }).click();
  await expect(myTasks).toContainText("No open tasks assigned to you.");
  await expect(colleague.getByRole("region", { name: "Mentions" })).toContainText(titleEn);

  // The member sees it done on the record.
  await page.reload();
  await expect(page.getByRole("region", { name: "Follow-ups" }).getByRole("article", { name: taskTitle })).toContainText("Done");
  await context.close();
});
