// Anonymous public reads go to the replica: its table-scan counters rise with them, and the
// primary's stay put. (The counters are PostgreSQL's own, per server; the app's replica health
// check reads no table, so it does not move them.)
import assert from "node:assert/strict";
import type postgres from "postgres";
import type { Check } from "./cluster-context";
import { waitFor } from "./process-tools";

async function scans(sql: postgres.Sql, table: string) {
  const [row] = await sql<{ n: string }[]>`
    select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)::text as n
    from pg_stat_user_tables where relname = ${table}`;
  return Number(row?.n ?? 0);
}

const READS = 30;

export const replicaReadsCheck: Check = {
  name: "public reads hit the replica",
  async run({ balancer, primary, replica, country }) {
    const table = "record";
    const [replicaBefore, primaryBefore] = [await scans(replica, table), await scans(primary, table)];
    for (let i = 1; i <= READS; i++) {
      // Distinct pages so that no response cache can answer in the database's place.
      const res = await fetch(`${balancer.url}/api/v1/records?country=${country}&pageSize=${i}`);
      assert.equal(res.status, 200);
      await res.text();
    }
    // Statistics reach the shared counters within a second or so of each transaction.
    const replicaAfter = await waitFor("the replica's counters to show the reads", async () => {
      const n = await scans(replica, table);
      return n - replicaBefore >= READS ? n : undefined;
    }, 10_000, 200);
    const primaryAfter = await scans(primary, table);
    assert.ok(primaryAfter - primaryBefore < READS, `the primary did not serve the reads (${primaryAfter - primaryBefore} scans)`);
    return `${READS} anonymous API reads through the balancer: replica ${table} scans +${replicaAfter - replicaBefore}, primary +${primaryAfter - primaryBefore}`;
  },
};
