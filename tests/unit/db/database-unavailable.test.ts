// An unreachable database is a 503 with Retry-After everywhere, never a 500 (issue 16, decision 021).
import { afterEach, describe, expect, it } from "vitest";
import { databaseDownSince, markDatabaseDown, markDatabaseUp, RETRY_AFTER_SECONDS, waitForDatabase } from "~/db/availability";
import { isConnectionError, isNotConnectedError } from "~/db/connection-errors";
import { unavailablePage } from "~/server/database/unavailable-page";
import { asAppError, errorMapping } from "~/server/errors";

afterEach(markDatabaseUp);

describe("connection errors", () => {
  it("recognises the driver's and the server's ways of saying 'unreachable', through drizzle's wrapper", () => {
    expect(isConnectionError({ code: "ECONNREFUSED" })).toBe(true);
    expect(isConnectionError({ message: "Failed query", cause: { code: "57P01" } })).toBe(true);
    expect(isConnectionError({ cause: { code: "CONNECTION_CLOSED" } })).toBe(true);
    expect(isConnectionError({ cause: { code: "23505" } })).toBe(false);
    expect(isConnectionError(new Error("boom"))).toBe(false);
  });

  it("tells apart what never reached the server (safe to run again) from a dropped connection", () => {
    expect(isNotConnectedError({ code: "ECONNREFUSED" })).toBe(true);
    expect(isNotConnectedError({ cause: { code: "57P03" } })).toBe(true);
    expect(isNotConnectedError({ cause: { code: "57P01" } })).toBe(false);
    expect(isNotConnectedError({ code: "CONNECTION_CLOSED" })).toBe(false);
  });

  it("maps to UNAVAILABLE: 503, Retry-After, a message in the user's language", () => {
    const app = asAppError({ cause: { code: "57P01" } });
    expect(app).toMatchObject({ code: "UNAVAILABLE", messageKey: "limits.databaseUnavailable", details: { retryAfterSeconds: RETRY_AFTER_SECONDS } });
    expect(errorMapping[app!.code]).toEqual({ trpc: "SERVICE_UNAVAILABLE", http: 503 });
  });
});

describe("database availability", () => {
  it("lets a request through at once while the database answers", async () => {
    expect(databaseDownSince()).toBeNull();
    expect(await waitForDatabase()).toBe(true);
  });

  it("holds a request until the database is back", async () => {
    expect(markDatabaseDown()).toBe(true);
    expect(markDatabaseDown()).toBe(false); // the outage is noticed once
    const waiting = waitForDatabase(60_000);
    markDatabaseUp();
    expect(await waiting).toBe(true);
  });

  it("answers at once when the outage has lasted longer than the wait", async () => {
    markDatabaseDown(Date.now() - 10_000);
    expect(await waitForDatabase(5_000)).toBe(false);
  });
});

describe("the page answered while the database is down", () => {
  it("is a 503 with Retry-After in the reader's language", async () => {
    const en = unavailablePage("/en/countries/KEN");
    expect(en.status).toBe(503);
    expect(en.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    const html = await en.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("Back in a moment");
    expect(await unavailablePage("/zh").text()).toContain("请稍候");
    expect(await unavailablePage("/ar/countries").text()).toContain('<html lang="ar" dir="rtl">');
  });

  it("escapes the address it links back to", async () => {
    expect(await unavailablePage('/en/"><script>').text()).toContain('href="/en/&quot;&gt;&lt;script&gt;"');
  });
});
