// The e2e test object: `signInAs(role)` logs in through the API (only sign-in.spec uses the form),
// and every page fails its test on an unexpected console error or uncaught exception.
import {
  type APIRequestContext,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import { accounts, type E2EAccount, type E2EAccountKey } from "./accounts";

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

export async function signInWith(
  request: APIRequestContext,
  account: Pick<E2EAccount, "email" | "password">,
) {
  const res = await request.post("/api/session", {
    data: { email: account.email, password: account.password },
  });
  expect(res.status(), `sign in as ${account.email}`).toBe(200);
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
      await signInWith(page.request, account);
      return account;
    });
  },
});

export { expect };
