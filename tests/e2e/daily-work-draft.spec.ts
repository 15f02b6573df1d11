// Issue 13: unsaved input survives a reload (a local draft), leaving with it asks first, saving
// clears it; and while writing a summary the form suggests links that one click adds.
import { expect } from "@playwright/test";
import { test } from "./fixtures";
import { pickMeasure } from "./pickers";

test("a half-written action survives a reload and is gone once saved", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  const title = `Draft kept ${Date.now().toString(36)}`;
  await signInAs("member");
  await page.goto("/en/actions/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary").fill("We discussed early warning with the ministry.");
  await page.getByLabel("Choose a country…").selectOption("GHA");
  await page.getByRole("button", { name: "Add country" }).click();
  await pickMeasure(page, "focal point", "Appoint a senior official as national R2P focal point");
  await page.getByRole("radio", { name: /Whole coalition/ }).check();

  // Suggestions from the summary: one click links a measure about early warning.
  const suggestions = page.getByRole("region", { name: "Suggested links" });
  const suggested = suggestions.getByRole("button", { name: /^Link measure: / }).first();
  await expect(suggested).toBeVisible();
  const suggestedName = ((await suggested.getAttribute("aria-label")) ?? "").replace("Link measure: ", "");
  await suggested.click();
  await expect(page.getByRole("list", { name: "Linked measures" })).toContainText(suggestedName);

  // Leaving by a link asks first; staying keeps everything.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("link", { name: "Documents" }).first().click();
  await expect(page).toHaveURL(/\/en\/actions\/new$/);

  // A reload (the browser asks too: accept it) brings the input back.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Summary")).toHaveValue("We discussed early warning with the ministry.");
  await expect(page.getByRole("button", { name: "Remove Ghana" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Whole coalition/ })).toBeChecked();
  await expect(page.getByRole("list", { name: "Linked measures" }).getByRole("listitem")).toHaveCount(2);

  await page.getByRole("button", { name: "Log the action" }).click();
  await expect(page).toHaveURL(/\/en\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goto("/en/actions/new");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
  await expect(page.getByTestId("draft-restored")).toHaveCount(0);
});
