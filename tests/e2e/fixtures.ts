// The e2e test object: `signInAs(role)` logs in through the API (only sign-in.spec and
// two-factor.spec use the form), with the second factor for staff (tests/e2e/totp.ts),
// and every page fails its test on an unexpected console error or uncaught exception.
import {
  type APIRequestContext,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import { accounts, type E2EAccount, type E2EAccountKey } from "./accounts";
import { runState } from "./run-state";
import { unspentCode } from "./totp";

export interface ConsoleGuard {
  /**
   * Console errors matching this (message and source URL) are expected in the current test,
   * e.g. the browser's log line for a deliberate 401 or 403.
   */
  allow(pattern: RegExp): void;
  /** Watch another page (e.g. one in a second browser context) the same way. */
  watch(page: Page): void;
}

interface Fixtures {
  signInAs: (role: E2EAccountKey) => Promise<E2EAccount>;
  consoleGuard: ConsoleGuard;
}

/**
 * Signs `context` in through POST /api/session (the password, then a code from the account's known
 * TOTP secret when it has one). Reuses the run's earlier session for the same account, whichever worker
 * made it (run-state.ts): a staff account spends a TOTP code only on its first sign-in of the run.
 */
export async function signInWith(
  context: BrowserContext,
  account: Pick<E2EAccount, "email" | "password" | "totpSecret">,
) {
  const known = runState.session(account.email);
  if (known) return context.addCookies(known);
  const request: APIRequestContext = context.request;
  const res = await request.post("/api/session", {
    data: { email: account.email, password: account.password },
  });
  expect(res.status(), `sign in as ${account.email}`).toBe(200);
  if ((await res.json()).step === "code") {
    expect(account.totpSecret, `${account.email} needs a TOTP secret`).toBeTruthy();
    const second = await request.post("/api/session", {
      data: { code: await unspentCode(account.totpSecret!) },
    });
    expect(second.status(), `second factor for ${account.email}`).toBe(200);
  }
  const cookies = (await context.cookies()).filter((c) => c.name.includes("authjs.session-token"));
  expect(cookies.length, `session cookie for ${account.email}`).toBeGreaterThan(0);
  runState.saveSession(account.email, cookies);
}

export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const problems: string[] = [];
      const watch = (p: Page) => {
        p.on("console", (msg) => {
          if (msg.type() !== "error") return;
          // A failed resource's console message names the resource only in its location.
          const text = `${msg.text()} ${msg.location().url}`;
          if (!allowed.some((re) => re.test(text)))
            problems.push(`console.error on ${p.url()}: ${text}`);
        });
        p.on("pageerror", (err) =>
          problems.push(`uncaught on ${p.url()}: ${err.message}`),
        );
      };
      watch(page);
      await use({ allow: (re) => void allowed.push(re), watch });
      expect(problems, "unexpected errors in the browser").toEqual([]);
    },
    { auto: true },
  ],

  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      const account = accounts[role];
      await signInWith(page.context(), account);
      return account;
    });
  },
});

export { expect };
