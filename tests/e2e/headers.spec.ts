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
  // One process without REDIS_URL or replicas: the local cache and no replicas (decision 020).
  expect(await response.json()).toEqual({
    status: "ok",
    db: process.env.DATABASE_URL ? "postgres" : "pglite",
    cache: { store: "local", status: "ok" },
    replicas: [],
  });
});

test("HSTS is sent when the reverse proxy reports HTTPS, and on API responses too", async ({ request }) => {
  const page = await request.get("/en", { headers: { "x-forwarded-proto": "https" } });
  expect(page.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  const api = await request.get("/api/v1/health");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("sign-in answers 429 with Retry-After after repeated failures", async ({ request }) => {
  const email = `rate-limit-${Date.now()}@example.test`;
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await request.post("/api/session", { data: { email, password: "wrong-password" } });
    statuses.push(res.status());
    if (res.status() === 429) {
      expect(res.headers()["retry-after"]).toBe("900");
      expect(await res.json()).toMatchObject({ error: "RATE_LIMITED" });
    }
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});
