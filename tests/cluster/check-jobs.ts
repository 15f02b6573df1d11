// Reminder jobs run by every instance at once (JOBS_INTERVAL_SECONDS=2 on all three) send each mail
// once: every job claims its rows in the database (server/services/notifications/run-jobs.ts).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { accounts } from "../e2e/accounts";
import type { Check } from "./cluster-context";
import { recordInput } from "./check-freshness";
import { Session } from "./http-client";
import { waitFor } from "./process-tools";

const TASKS = 5;

function mailsMentioning(dir: string, text: string) {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith(".json")) : [];
  return names
    .map((n) => JSON.parse(fs.readFileSync(path.join(dir, n), "utf8")) as { to: string; subject: string; text: string })
    .filter((m) => m.text.includes(text) || m.subject.includes(text));
}

export const jobsCheck: Check = {
  name: "reminder jobs on three instances send each mail once",
  async run(ctx) {
    const { balancer, instances, mailDir, primary, runId } = ctx;
    const secretariat = await new Session().signIn(balancer.url, accounts.secretariat);
    const subject = await secretariat.mutation<{ id: string }>(balancer.url, "records.create", recordInput(ctx, `Cluster jobs subject ${runId}`));
    const member = await new Session().signIn(balancer.url, accounts.member);
    const me = await member.query<{ id: string }>(balancer.url, "account.me");
    const today = new Date().toISOString().slice(0, 10);
    const titles = Array.from({ length: TASKS }, (_, i) => `Cluster reminder ${runId} #${i}`);
    for (const title of titles) {
      await member.mutation(balancer.url, "tasks.create", { subjectType: "record", subjectId: subject.id, title, assigneeId: me.id, dueOn: today });
    }
    await waitFor("every task's reminder to be claimed", async () => {
      const [row] = await primary<{ n: number }[]>`select count(*)::int as n from task where title = any(${titles}) and reminder_sent_at is not null`;
      return row?.n === TASKS;
    }, 30_000, 250);
    // Let every instance run its jobs at least twice more: a duplicate would come from one of those runs.
    // A fixed wait is the point here — we are proving that nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 3 * 2_000));
    const counts = titles.map((title) => {
      const mails = mailsMentioning(mailDir, title).filter((m) => m.to === accounts.member.email);
      const bySubject = new Map<string, number>();
      for (const m of mails) bySubject.set(m.subject, (bySubject.get(m.subject) ?? 0) + 1);
      return { title, total: mails.length, duplicates: [...bySubject.values()].filter((n) => n > 1).length };
    });
    for (const c of counts) {
      assert.ok(c.total >= 1, `a reminder mail for ${c.title}`);
      assert.equal(c.duplicates, 0, `no mail sent twice for ${c.title}`);
    }
    return `${TASKS} tasks due, jobs on ${instances.length} instances every 2 s: ${counts.reduce((s, c) => s + c.total, 0)} mails, none twice`;
  },
};
