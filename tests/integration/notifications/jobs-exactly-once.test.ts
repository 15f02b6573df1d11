// Reminders, pending immediate emails and daily digests go out once, with three runners at once
// (issue 16): on PostgreSQL as three separate processes (`npm run jobs`, each with its own pool),
// as three instances' schedulers would; and three concurrent passes in one process on either engine.
import { execFile } from "node:child_process";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { mailMessage, notification, user } from "~/db/schema";
import { isoDate } from "~/server/services/notifications/task-reminders";
import { runJobs } from "~/server/services/notifications/run-jobs";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

const setDelivery = (ids: string[], emailDelivery: string) => db.update(user).set({ emailDelivery }).where(inArray(user.id, ids));

/**
 * Work for the jobs, as it stands after instances stopped between commit and send: people who chose
 * immediate email with notifications not yet emailed, people due a digest, a task due tomorrow.
 */
async function pendingWork() {
  const member = await makeViewer("member");
  const org = { organizationId: member.organizationId! };
  const immediate = [await makeViewer("member", org), await makeViewer("member", org)];
  const digest = [await makeViewer("member", org), await makeViewer("member", org)];
  const reminded = await makeViewer("member", org);
  const everyone = [...immediate, ...digest, reminded];
  // Delivery off while the tasks are created, so nothing is emailed yet; then each person's choice.
  await setDelivery(everyone.map((p) => p.id), "off");
  const { row } = await makeRecord({ owner: member, reviewStatus: "draft" });
  const as = callerFor(member);
  for (const person of [...immediate, ...digest]) {
    for (const title of ["Call", "Write"]) await as.tasks.create({ subjectType: "record", subjectId: row.id, title, assigneeId: person.id });
  }
  const tomorrow = isoDate(new Date(Date.now() + 86_400_000));
  await as.tasks.create({ subjectType: "record", subjectId: row.id, title: "Due tomorrow", assigneeId: reminded.id, dueOn: tomorrow });
  // The assignment notification for the reminded person is not what this test counts.
  await db.update(notification).set({ emailedAt: new Date() }).where(eq(notification.userId, reminded.id));
  await setDelivery([...immediate, reminded].map((p) => p.id), "immediate");
  await setDelivery(digest.map((p) => p.id), "daily_digest");
  return { immediate, digest, reminded, everyone };
}

async function mailCounts(people: { id: string; email: string }[]) {
  const rows = await db.select({ to: mailMessage.to, subject: mailMessage.subject }).from(mailMessage).where(inArray(mailMessage.to, people.map((p) => p.email)));
  return Object.fromEntries(people.map((p) => [p.email, rows.filter((r) => r.to === p.email).length]));
}

async function expectEachMailOnce(work: Awaited<ReturnType<typeof pendingWork>>) {
  const counts = await mailCounts(work.everyone);
  // Two tasks each: two immediate emails; one digest holding both; one reminder.
  for (const p of work.immediate) expect(counts[p.email]).toBe(2);
  for (const p of work.digest) expect(counts[p.email]).toBe(1);
  expect(counts[work.reminded.email]).toBe(1);
  const unsent = await db
    .select({ id: notification.id })
    .from(notification)
    .where(and(inArray(notification.userId, work.everyone.map((p) => p.id)), isNull(notification.emailedAt)));
  expect(unsent).toEqual([]);
}

/** `npm run jobs` in its own process: its own pool, as on another instance. */
function jobsProcess(): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile("npx", ["tsx", "server/cli/run-jobs.ts"], { env: process.env, timeout: 120_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

describe("jobs with three runners at once", () => {
  it("send each email once from three concurrent passes in one process", async () => {
    const work = await pendingWork();
    await Promise.all([runJobs(), runJobs(), runJobs()]);
    await expectEachMailOnce(work);
  });

  it.runIf(process.env.DATABASE_URL)("send each email once from three processes, each with its own pool", { timeout: 180_000 }, async () => {
    const work = await pendingWork();
    const outputs = await Promise.all([jobsProcess(), jobsProcess(), jobsProcess()]);
    expect(outputs.every((o) => o.startsWith("jobs:"))).toBe(true);
    await expectEachMailOnce(work);
  });
});
