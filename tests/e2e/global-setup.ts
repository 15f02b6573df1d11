// Before any test of a run (and after the web server is up): forget the last run's sessions and spent
// codes, then sign the fixed accounts in once, so that the accessibility sweep's parallel workers find
// them signed in and never race each other for a staff account's one-time code. The guardian is left
// out: two-factor.spec spends its codes through the form.
import { chromium, type FullConfig } from "@playwright/test";
import { accounts, type E2EAccountKey } from "./accounts";
import { signInWith } from "./fixtures";
import { runState } from "./run-state";

const SHARED: E2EAccountKey[] = ["admin", "secretariat", "member", "colleague", "parliamentarian"];

export default async function globalSetup(config: FullConfig) {
  runState.reset();
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  try {
    for (const key of SHARED) {
      const context = await browser.newContext({ baseURL });
      await signInWith(context, accounts[key]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
