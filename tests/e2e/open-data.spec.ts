// Open data and reach (issue 15) in a real browser: a page on another origin frames the embed
// (allowed) and the country profile (refused by frame-ancestors); the profile advertises its feed,
// oEmbed and share card, and its Embed button gives the <iframe> code.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { E2E_BASE_URL } from "./accounts";
import { expect, test } from "./fixtures";

const OTHER_PORT = Number(process.env.E2E_OTHER_PORT ?? 3318);
let other: http.Server;

test.beforeAll(async () => {
  // Another site: a page that frames both the embeddable card and the full profile.
  other = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>Another site</title>
<iframe name="card" src="${E2E_BASE_URL}/embed/en/countries/KEN" width="480" height="560"></iframe>
<iframe name="profile" src="${E2E_BASE_URL}/en/countries/KEN" width="480" height="560"></iframe>`);
  });
  await new Promise<void>((resolve) => other.listen(OTHER_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => other.close(resolve));
});

test("another origin can frame the embed, never the profile page", async ({ page, consoleGuard }) => {
  // Chromium reports the refused frame on the console: that refusal is what this test expects.
  consoleGuard.allow(/frame-ancestors|Refused to display/);
  const responses = new Map<string, Record<string, string>>();
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (path === "/embed/en/countries/KEN" || path === "/en/countries/KEN") responses.set(path, r.headers());
  });
  const port = (other.address() as AddressInfo).port;
  await page.goto(`http://127.0.0.1:${port}/`);

  const card = page.frameLocator('iframe[name="card"]');
  await expect(card.getByRole("heading", { level: 1 })).toHaveText("Kenya");
  await expect(card.getByTestId("embed-score")).toHaveText(/^\d+%$/);
  await expect(card.getByRole("link", { name: "See the full profile on R2P Tracker" })).toHaveAttribute("href", `${E2E_BASE_URL}/en/countries/KEN`);

  // The refused frame never shows the profile: Chromium swaps in its own error document.
  await expect.poll(() => page.frame({ name: "profile" })?.url()).toMatch(/^chrome-error:/);
  expect(responses.get("/en/countries/KEN")?.["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(responses.get("/en/countries/KEN")?.["x-frame-options"]).toBe("DENY");
  expect(responses.get("/embed/en/countries/KEN")?.["content-security-policy"]).toContain("frame-ancestors *");
  expect(responses.get("/embed/en/countries/KEN")?.["x-frame-options"]).toBeUndefined();
});

test("the profile advertises its feed, oEmbed and share card, and gives the embed code", async ({ page, request }) => {
  await page.goto("/en/countries/KEN");
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feed).toHaveAttribute("href", `${E2E_BASE_URL}/en/countries/KEN/feed.xml`);
  await expect(page.locator('head link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(1);
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('head meta[property="og:image"]').first().getAttribute("content");
  expect(image).toContain("/en/countries/KEN/opengraph-image");
  const png = await request.get(image!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");

  const atom = await request.get("/en/countries/KEN/feed.xml");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect(await atom.text()).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\"");

  await page.getByText("Embed", { exact: true }).click();
  await expect(page.getByTestId("embed-code")).toHaveValue(new RegExp(`^<iframe src="${E2E_BASE_URL}/embed/en/countries/KEN"`));
  const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(`${E2E_BASE_URL}/en/countries/KEN`)}`);
  expect((await oembed.json()).html).toBe(await page.getByTestId("embed-code").inputValue());
});
