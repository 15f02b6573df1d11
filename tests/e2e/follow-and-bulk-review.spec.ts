// Following and bulk review in a real browser, by keyboard (decision 024): a parliamentarian follows a
// country and is notified when its status on a measure changes; the secretariat publishes three
// proposals at once from the review queue.
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { accounts, E2E_BASE_URL } from "./accounts";
import { expect, signInWith, test } from "./fixtures";

/** A tRPC mutation over plain HTTP, as the signed-in person of `request` (test set-up, not the journey). */
async function mutate(request: APIRequestContext, path: string, input: unknown) {
  const res = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: { json: { id: string; version: number } } } }).result.data.json;
}

async function signedInContext(context: BrowserContext, who: "secretariat" | "member") {
  await signInWith(context, accounts[who]);
  return context.request;
}

async function firstMeasure(request: APIRequestContext) {
  const res = await request.get("/api/v1/measures?pageSize=1&actor=government");
  const body = (await res.json()) as { items: { slug: string; title: { en: string } }[] };
  return body.items[0]!;
}

const commitment = (country: string, title: string, measure: string, submit: boolean) => ({
  type: "commitment",
  countryIso3: country,
  title: { en: title, zh: title },
  date: "2026-04-01",
  kind: "pledge",
  venue: "general_assembly",
  status: "announced",
  measures: [measure],
  units: [],
  evidence: [{ kind: "url", url: "https://example.org/statement", label: "Statement" }],
  submit,
});

test("a follower is notified when a followed country's status changes", async ({ page, browser, signInAs }) => {
  const country = "URY";
  await signInAs("parliamentarian");
  await page.goto(`/en/countries/${country}`);
  const follow = page.getByRole("button", { name: "Follow", exact: true });
  // Enabled once the button knows whether they already follow.
  await expect(follow).toBeEnabled();
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await follow.focus();
  await page.keyboard.press("Enter");
  const following = page.getByRole("button", { name: "Following" });
  await expect(following).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: "You now follow this." })).toBeVisible();

  // The secretariat publishes a commitment about that country, linked to a measure.
  const staff = await browser.newContext({ baseURL: E2E_BASE_URL });
  const request = await signedInContext(staff, "secretariat");
  const measure = await firstMeasure(request);
  const title = `Pledge ${Date.now().toString(36)}`;
  await mutate(request, "records.create", commitment(country, title, measure.slug, false));
  await staff.close();

  await page.goto("/en/notifications");
  await expect(page.getByTestId("unread-notifications")).toBeVisible();
  await expect(page.getByText(`Uruguay: “${measure.title.en}” changed from Not yet to Committed (after “${title}”)`)).toBeVisible();
  // Still following after a reload: the state comes from the server.
  await page.goto(`/en/countries/${country}`);
  await expect(page.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
});

test("the secretariat publishes three proposals at once, by keyboard", async ({ page, browser, signInAs }) => {
  const member = await browser.newContext({ baseURL: E2E_BASE_URL });
  const request = await signedInContext(member, "member");
  const measure = await firstMeasure(request);
  const uid = Date.now().toString(36);
  const titles = [1, 2, 3].map((n) => `Bulk ${uid} ${n}`);
  for (const title of titles) await mutate(request, "records.create", commitment("PRY", title, measure.slug, true));
  await member.close();
  // The state's records page is cached (decision 039): render it now, so that what follows shows the
  // publication dropping it.
  await page.request.get("/en/countries/PRY/records");
  expect((await page.request.get("/en/countries/PRY/records")).headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);

  await signInAs("secretariat");
  await page.goto("/en/review?country=PRY");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review queue");
  for (const title of titles) {
    const box = page.getByRole("checkbox", { name: `Select “${title}”` });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await expect(page.getByRole("group", { name: "Decide 3 selected proposals" })).toBeVisible();
  await page.getByRole("button", { name: "Publish selected" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "3 proposals decided." })).toBeVisible();
  for (const title of titles) await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // Published: on the public country page for everyone, although it was cached before.
  const visitor = await browser.newContext({ baseURL: E2E_BASE_URL });
  const anonymous = await visitor.newPage();
  await anonymous.goto("/en/countries/PRY/records");
  for (const title of titles) await expect(anonymous.getByText(title)).toBeVisible();
  await visitor.close();
});
