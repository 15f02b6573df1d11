// Security headers on what the browser receives, and the health endpoint monitoring relies on.
import { expect, test } from "./fixtures";

test("pages are sent with the security headers", async ({ page }) => {
  const response = await page.goto("/en/countries");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  // No HSTS over plain HTTP: it is only sent when the proxy says the request came over HTTPS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  // The page works under its own policy: the consoleGuard fixture fails the test on any CSP report.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Countries");
});

test("the health endpoint reports the database it uses", async ({
  request,
}) => {
  const response = await request.get("/api/v1/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({
    status: "ok",
    db: process.env.DATABASE_URL ? "postgres" : "pglite",
  });
});
