// The codes an authenticator app would show for the e2e accounts. The server accepts each time step
// once per person (replay protection) and one step either side of now, so this hands out the next
// unspent step and, only when the next one is spent too, waits for the clock. What was spent is shared
// by the run's workers (run-state.ts): a code one worker used is never offered again by another.
import { generate } from "otplib";
import { runState } from "./run-state";

const STEP_SECONDS = 30;

export async function unspentCode(secret: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const step = Math.max(now, (runState.lastSpentStep(secret) ?? -Infinity) + 1);
    if (step <= now + 1) {
      runState.saveSpentStep(secret, step);
      return generate({ secret, epoch: step * STEP_SECONDS });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
