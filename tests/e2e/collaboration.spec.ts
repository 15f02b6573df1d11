// Working together on an advocacy action (issue 6): a member logs a meeting for her organisation only,
// assigns a follow-up to a colleague and mentions her in a comment; she signs out, the colleague signs
// in, sees the unread count in the header and the notifications, opens the task and completes it.
// Someone outside the organisation cannot open the action at all.
import { accounts, E2E_BASE_URL } from "./accounts";
import { expect, signInWith, test } from "./fixtures";
import { pickMeasure, pickParagraph } from "./pickers";

test("a member logs a meeting, assigns a follow-up and mentions a colleague, who is notified and completes it", async ({ page, browser, signInAs }) => {
  const uid = Date.now().toString(36);
  const title = `Meeting with the mission ${uid}`;
  const taskTitle = `Send the briefing ${uid}`;

  // The member logs a meeting only her organisation sees, linked to a measure and a paragraph.
  await signInAs("member");
  await page.goto("/en/actions/new");
  await page.getByLabel("Kind of action").selectOption("meeting");
  await page.getByLabel("Date", { exact: true }).fill("2026-05-04");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Choose a country…").selectOption("KEN");
  await page.getByRole("button", { name: "Add country" }).click();
  await page.getByLabel("Institution or person").fill("Permanent Mission of Kenya");
  await page.getByLabel("Outcome kind").selectOption("acknowledged");
  await pickMeasure(page, "focal point", "Appoint a senior official as national R2P focal point");
  await pickParagraph(page, "a-72-884", "45(a)");
  await page.getByRole("radio", { name: /My organisation only/ }).check();
  await page.getByRole("button", { name: "Log the action" }).click();
  await expect(page).toHaveURL(/\/en\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const actionPath = new URL(page.url()).pathname;

  // A follow-up for the colleague. Only people who can see the action are offered: the
  // secretariat is outside the organisation.
  const tasks = page.getByRole("region", { name: "Follow-ups" });
  await tasks.getByRole("button", { name: "Add a follow-up" }).click();
  await tasks.getByLabel("What needs doing").fill(taskTitle);
  const assignee = tasks.getByLabel("Assigned to");
  await expect(assignee.getByRole("option", { name: accounts.colleague.name })).toHaveCount(1);
  await expect(assignee.getByRole("option", { name: accounts.secretariat.name })).toHaveCount(0);
  await assignee.selectOption({ label: accounts.colleague.name });
  await tasks.getByLabel("Due date").fill("2030-01-15");
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByRole("article", { name: taskTitle })).toContainText(`Assigned to ${accounts.colleague.name}`);

  // A comment mentioning her, through the picker.
  const discussion = page.getByRole("region", { name: "Discussion" });
  const box = discussion.getByLabel("Comment", { exact: true });
  await box.fill("Could you send the **briefing**, @Cle");
  await discussion.getByRole("button", { name: `@${accounts.colleague.name}` }).click();
  await box.press("End");
  await box.pressSequentially("thanks");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  const posted = discussion.getByRole("article", { name: accounts.member.name });
  await expect(posted).toContainText(`@${accounts.colleague.name}`);
  await expect(posted.locator("strong")).toHaveText("briefing");

  // She signs out from the header.
  const banner = page.getByRole("banner");
  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The colleague signs in and sees the unread count in the header, which leads to her notifications.
  await signInWith(page.context(), accounts.colleague);
  await page.goto("/en");
  await expect(banner.getByTestId("account-link")).toHaveAccessibleName(`Signed in as ${accounts.colleague.name}`);
  // The coalition's own menu entries arrive with the session.
  const nav = banner.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Actions", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Activity", exact: true })).toBeVisible();
  const unread = banner.getByRole("link", { name: /^\d+ unread notifications?$/ });
  await expect(unread).toBeVisible();
  await unread.click();
  await expect(page).toHaveURL(/\/en\/notifications$/);
  await expect(
    page.getByRole("link", { name: `${accounts.member.name} mentioned you in a comment on “${title}”` }),
  ).toBeVisible();
  const assigned = page.getByRole("link", {
    name: `${accounts.member.name} assigned you a task “${taskTitle}” on “${title}” (due Jan 15, 2030)`,
  });
  await assigned.click();

  // The notification opens the action, where she reads the comment and completes the task.
  await expect(page).toHaveURL(new RegExp(`${actionPath}$`));
  await expect(page.getByRole("region", { name: "Discussion" })).toContainText("thanks");
  const task = page.getByRole("region", { name: "Follow-ups" }).getByRole("article", { name: taskTitle });
  await task.getByRole("button", { name: "Mark as done" }).click();
  await expect(task).toContainText("Done");
  await expect(task.getByRole("button", { name: "Mark as done" })).toHaveCount(0);

  // My work agrees: nothing open, and the mention is listed.
  await page.goto("/en/my-work");
  await expect(page.getByRole("region", { name: "My tasks" })).toContainText("No open tasks assigned to you.");
  await expect(page.getByRole("region", { name: "Mentions" })).toContainText(title);

  // Outside the organisation (the secretariat included) the action does not exist.
  const outsider = await browser.newContext({ baseURL: E2E_BASE_URL });
  await signInWith(outsider, accounts.secretariat);
  expect((await outsider.request.get(actionPath)).status()).toBe(404);
  await outsider.close();
});
