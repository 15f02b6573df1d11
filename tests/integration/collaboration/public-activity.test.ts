// The public activity feed leaks nothing (issue 17, finding 3): only a public subject's own events,
// never the person behind a line nor the organisation behind a record, never the discussion of a
// public action (even after an edit re-tags its lines), and titles as the subject reads now.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "~/server/auth/policy";
import { actionInput } from "../../helpers/actions";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { recordInput } from "../../helpers/records";

beforeAll(setupDatabase);

const publicFeed = (country: string) => callerFor(null).activity.public({ country, pageSize: 200 });

async function logAction(author: Viewer, overrides: Parameters<typeof actionInput>[0]) {
  return callerFor(author).actions.create(await actionInput({ countries: ["TCD"], ...overrides }));
}

describe("public activity feed", () => {
  let author: Viewer;
  let staff: Viewer;
  beforeAll(async () => {
    author = await makeViewer("member");
    staff = await makeViewer("secretariat");
  });

  it("names neither the person behind a line nor the organisation that entered a record", async () => {
    const action = await logAction(author, { visibility: "public", title: "Open letter on the focal point" });
    const rec = await callerFor(author).records.create(await recordInput(author, { countryIso3: "TCD", submit: true }));
    await callerFor(staff).records.decide({ id: rec.id, version: rec.version, decision: "published", message: "" });

    const lines = (await publicFeed("TCD")).items.filter((i) => [action.id, rec.id].includes(i.subjectId));
    expect(lines.map((l) => l.verb).sort()).toEqual(["action.created", "record.published"]);
    expect(lines.every((l) => l.actorName === null)).toBe(true);
    expect(lines.find((l) => l.subjectId === rec.id)?.organizationName).toBeNull();
    // A public action shows its organisation everywhere (as the public actions list does).
    expect(lines.find((l) => l.subjectId === action.id)?.organizationName).toBeTruthy();
    // The coalition's own feed still says who did it.
    const coalition = await callerFor(author).activity.list({ country: "TCD", pageSize: 200 });
    expect(coalition.items.find((i) => i.subjectId === action.id)?.actorName).toBe(author.name);
  });

  it("keeps the comment and task lines of a public action out, also after an edit re-tags its lines", async () => {
    const action = await logAction(author, { visibility: "public", countries: ["CAF"] });
    await callerFor(author).comments.create({ subjectType: "action", subjectId: action.id, body: "Internal thoughts" });
    const task = await callerFor(author).tasks.create({ subjectType: "action", subjectId: action.id, title: "Call them", assigneeId: author.id });
    await callerFor(author).tasks.setStatus({ id: task.id, version: task.version, status: "done" });
    await callerFor(author).actions.update({ ...(await actionInput({ countries: ["CAF"], visibility: "public" })), id: action.id, version: action.version, title: "Edited" });

    const verbs = (await publicFeed("CAF")).items.filter((i) => i.subjectId === action.id).map((i) => i.verb);
    expect(verbs.sort()).toEqual(["action.created", "action.updated"]);
    const coalition = await callerFor(author).activity.list({ country: "CAF", pageSize: 200 });
    const coalitionLines = coalition.items.filter((i) => i.subjectId === action.id);
    expect(coalitionLines.map((i) => i.verb).sort()).toEqual(["action.created", "action.updated", "comment.created", "task.completed"]);
    // The discussion stays the coalition's after the re-tag, not the public's.
    expect(coalitionLines.filter((i) => !i.verb.startsWith("action.")).every((i) => i.visibility === "coalition")).toBe(true);
  });

  it("shows the title an action has now, never the one it had while private, and drops it once private again", async () => {
    const secretTitle = "Private meeting with the security minister";
    const action = await logAction(author, { visibility: "organization", title: secretTitle, countries: ["SSD"] });
    const madePublic = await callerFor(author).actions.update({
      ...(await actionInput({ countries: ["SSD"], visibility: "public" })),
      id: action.id,
      version: action.version,
      title: "Meeting on early warning",
    });
    const feed = await publicFeed("SSD");
    const lines = feed.items.filter((i) => i.subjectId === action.id);
    expect(lines.map((l) => l.verb).sort()).toEqual(["action.created", "action.updated"]);
    expect(JSON.stringify(feed)).not.toContain(secretTitle);
    expect(lines.every((l) => l.title?.en === "Meeting on early warning")).toBe(true);

    await callerFor(author).actions.update({
      ...(await actionInput({ countries: ["SSD"], visibility: "organization" })),
      id: action.id,
      version: madePublic.version,
      title: "Private again",
    });
    expect((await publicFeed("SSD")).items.filter((i) => i.subjectId === action.id)).toEqual([]);
  });
});
