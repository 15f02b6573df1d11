// Killing one instance mid-load loses no acknowledged write: every create that answered 200 through
// the balancer is in the database afterwards. Requests in flight on the killed instance fail (nginx
// never resends a POST, so nothing is written twice); the others carry on.
import assert from "node:assert/strict";
import { accounts } from "../e2e/accounts";
import type { Check } from "./cluster-context";
import { recordInput } from "./check-freshness";
import { Session } from "./http-client";

const WORKERS = 4;
const LOAD_MS = 6_000;
const KILL_AFTER_MS = 2_000;

export const killInstanceCheck: Check = {
  name: "killing an instance mid-load loses no acknowledged write",
  async run(ctx) {
    const { balancer, instances, primary } = ctx;
    const member = await new Session().signIn(balancer.url, accounts.member);
    const acknowledged: string[] = [];
    let failed = 0;
    const started = Date.now();
    let n = 0;
    const worker = async () => {
      while (Date.now() - started < LOAD_MS) {
        try {
          const created = await member.mutation<{ id: string }>(balancer.url, "records.create", recordInput(ctx, `Cluster load ${ctx.runId} ${n++}`));
          acknowledged.push(created.id);
        } catch {
          failed++;
        }
      }
    };
    const victim = instances[1]!;
    const kill = new Promise<void>((resolve) =>
      setTimeout(() => {
        victim.kill();
        resolve();
      }, KILL_AFTER_MS),
    );
    await Promise.all([...Array.from({ length: WORKERS }, worker), kill]);
    assert.ok(acknowledged.length > 0, "some writes were acknowledged");
    const [row] = await primary<{ n: number }[]>`select count(*)::int as n from record where id = any(${acknowledged}::uuid[])`;
    assert.equal(row?.n, acknowledged.length, "every acknowledged write is in the database");
    await victim.start();
    return `${acknowledged.length} writes acknowledged in ${LOAD_MS / 1000} s (${failed} refused while ${victim.name} was killed at ${KILL_AFTER_MS / 1000} s); all ${row?.n} found on the primary; ${victim.name} restarted`;
  },
};
