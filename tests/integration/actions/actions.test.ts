// Advocacy actions: logging, editing with a version check, soft deletion, links and field errors.
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { activity, auditEvent, membership } from "~/db/schema";
import { callerFor, makeViewer, makeOrganization, setupDatabase } from "../../helpers/factories";
import { actionInput, makeAction } from "../../helpers/actions";
import { makeRecord } from "../../helpers/records";

beforeAll(setupDatabase);

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as TRPCError & { cause?: { messageKey?: string; fields?: Record<string, string> } },
  );
const fieldErrorsOf = (e: TRPCError | null) =>
  ((e as unknown as { cause?: { issues?: { path: string[]; message: string }[] } })?.cause?.issues ?? []).map(
    (i) => [i.path.join("."), i.message],
  );

describe("advocacy actions", () => {
  it("logs a meeting with its links, and reads it back", async () => {
    const member = await makeViewer("member");
    const colleague = await makeViewer("member", { organizationId: member.organizationId! });
    const api = callerFor(member);
    const { row: commitment } = await makeRecord({ owner: member });
    const created = await api.actions.create(
      await actionInput({
        coAuthorIds: [colleague.id],
        recordIds: [commitment.id],
        countries: ["KEN", "GHA", "KEN"],
        title: "保护责任协调人会议",
      }),
    );
    expect(created).toMatchObject({
      organizationId: member.organizationId,
      createdById: member.id,
      version: 1,
    });
    expect(created.searchTokens).toContain("协调");

    const got = await api.actions.get({ id: created.id });
    expect(got.countries.map((c) => c.iso3)).toEqual(["GHA", "KEN"]);
    expect(got.authors.map((a) => a.id).sort()).toEqual([member.id, colleague.id].sort());
    expect(got.targets).toEqual([{ kind: "ministry", name: "Ministry of Foreign Affairs" }]);
    expect(got.units).toMatchObject([{ document: "a-72-884", locator: "45(a)" }]);
    expect(got.measures).toHaveLength(1);
    expect(got.records.map((r) => r.id)).toEqual([commitment.id]);
    expect(got.attachments).toEqual([{ kind: "url", url: "https://example.org/minutes", label: "Minutes" }]);
    expect(got.mayEdit).toBe(true);

    const [audit] = await db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, created.id), eq(auditEvent.action, "action.create")));
    expect(audit).toMatchObject({ actorId: member.id, entityType: "advocacy_action", entityId: created.id });
    const feed = await db.select().from(activity).where(eq(activity.subjectId, created.id));
    expect(feed).toMatchObject([
      {
        verb: "action.created",
        visibility: "organization",
        organizationId: member.organizationId,
        subjectType: "action",
      },
    ]);
    expect(feed[0]!.countryIso3s.sort()).toEqual(["GHA", "KEN"]);
  });

  it("lets colleagues of the organisation edit, refuses a stale version, and retags the feed", async () => {
    const { author, row } = await makeAction();
    const colleague = await makeViewer("member", { organizationId: author.organizationId! });
    const edited = await callerFor(colleague).actions.update({
      ...(await actionInput({ visibility: "coalition", countries: ["GHA"] })),
      id: row.id,
      version: row.version,
      title: "Edited",
    });
    expect(edited).toMatchObject({ version: 2, title: "Edited", visibility: "coalition" });
    // The creator stays an author after a colleague's edit.
    expect((await callerFor(author).actions.get({ id: row.id })).authors.map((a) => a.id)).toContain(
      author.id,
    );

    const stale = await failure(
      callerFor(author).actions.update({ ...(await actionInput()), id: row.id, version: 1 }),
    );
    expect(stale?.code).toBe("CONFLICT");
    expect(stale?.cause?.messageKey).toBe("staleVersion");

    const feed = await db.select().from(activity).where(eq(activity.subjectId, row.id));
    expect(feed.map((f) => f.verb)).toEqual(["action.created", "action.updated"]);
    for (const line of feed) expect(line).toMatchObject({ visibility: "coalition", countryIso3s: ["GHA"] });
  });

  it("keeps other organisations, the secretariat and parliamentarians from changing it", async () => {
    const { row } = await makeAction({ overrides: { visibility: "coalition" } });
    const outsider = await makeViewer("member");
    const input = { ...(await actionInput()), id: row.id, version: row.version };
    expect((await failure(callerFor(outsider).actions.update(input)))?.code).toBe("NOT_FOUND");
    expect((await failure(callerFor(outsider).actions.delete({ id: row.id })))?.code).toBe("NOT_FOUND");
    expect((await failure(callerFor(await makeViewer("secretariat")).actions.update(input)))?.code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await failure(callerFor(await makeViewer("parliamentarian")).actions.create(await actionInput())))
        ?.code,
    ).toBe("FORBIDDEN");
    expect((await failure(callerFor(null).actions.create(await actionInput())))?.code).toBe("UNAUTHORIZED");
  });

  it("gives staff no organisation, even when an old membership row names one (decision 016)", async () => {
    const org = await makeOrganization();
    const staff = await makeViewer("secretariat", { organizationId: org.id });
    expect(staff.organizationId).toBeNull();
    expect((await failure(callerFor(staff).actions.create(await actionInput())))?.code).toBe("FORBIDDEN");
  });

  it("soft-deletes: gone from reads, kept in the table, audited and in the feed", async () => {
    const { author, row } = await makeAction({ overrides: { visibility: "public" } });
    await callerFor(author).actions.delete({ id: row.id });
    expect((await failure(callerFor(author).actions.get({ id: row.id })))?.code).toBe("NOT_FOUND");
    expect((await callerFor(author).actions.list({ mine: true })).items.map((i) => i.id)).not.toContain(
      row.id,
    );
    expect((await failure(callerFor(author).actions.delete({ id: row.id })))?.code).toBe("NOT_FOUND");
    const feed = await db.select().from(activity).where(eq(activity.subjectId, row.id));
    expect(feed.map((f) => f.verb)).toEqual(["action.created", "action.deleted"]);
  });

  it("names the field of every bad value", async () => {
    const member = await makeViewer("member");
    const api = callerFor(member);
    const shape = await failure(
      api.actions.create({
        ...(await actionInput()),
        countries: [],
        date: "2999-01-01",
        title: " ",
        kind: "lunch" as never,
        attachments: [{ kind: "url", url: "javascript:alert(1)", label: "" }],
        targets: [{ kind: "ministry", name: "" }],
      }),
    );
    expect(shape?.code).toBe("BAD_REQUEST");
    expect(Object.fromEntries(fieldErrorsOf(shape))).toMatchObject({
      countries: "validation.atLeastOneCountry",
      date: "validation.dateInFuture",
      title: "validation.required",
      kind: "validation.choose",
      "attachments.0.url": "validation.url",
      "targets.0.name": "validation.required",
    });

    const outsider = await makeViewer("member");
    const parliamentarian = await makeViewer("parliamentarian");
    const draftElsewhere = await makeRecord({ reviewStatus: "draft" });
    const links = await failure(
      api.actions.create(
        await actionInput({
          countries: ["XXX"],
          measures: ["no-such-measure"],
          units: [{ document: "a-72-884", locator: "999" }],
          coAuthorIds: [outsider.id],
          recordIds: [draftElsewhere.row.id],
        }),
      ),
    );
    expect(links?.code).toBe("BAD_REQUEST");
    expect(links?.cause?.fields).toEqual({
      countries: "validation.unknownCountry",
      measures: "validation.unknownMeasure",
      units: "validation.unknownUnit",
      coAuthorIds: "validation.coAuthorOutsideOrganization",
      recordIds: "validation.unknownRecord",
    });
    // A parliamentarian is never a co-author, even with the organisation's id.
    await db
      .update(membership)
      .set({ organizationId: member.organizationId })
      .where(eq(membership.userId, parliamentarian.id));
    const parl = await failure(api.actions.create(await actionInput({ coAuthorIds: [parliamentarian.id] })));
    expect(parl?.cause?.fields).toEqual({ coAuthorIds: "validation.coAuthorOutsideOrganization" });
  });

  it("attaches one's own uploads only", async () => {
    const member = await makeViewer("member");
    const other = await makeViewer("member");
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64");
    const mine = await callerFor(member).records.uploadEvidence({
      fileName: "minutes.pdf",
      contentBase64: pdf,
    });
    const theirs = await callerFor(other).records.uploadEvidence({
      fileName: "secret.pdf",
      contentBase64: pdf,
    });
    const ok = await callerFor(member).actions.create(
      await actionInput({ attachments: [{ kind: "file", uploadId: mine.id, label: "" }] }),
    );
    expect((await callerFor(member).actions.get({ id: ok.id })).attachments).toEqual([
      { kind: "file", uploadId: mine.id, label: "", filename: "minutes.pdf" },
    ]);
    const refused = await failure(
      callerFor(member).actions.create(
        await actionInput({ attachments: [{ kind: "file", uploadId: theirs.id, label: "" }] }),
      ),
    );
    expect(refused?.cause?.fields).toEqual({ attachments: "validation.unknownUpload" });
    // A colleague editing the action keeps the file the author attached.
    const colleague = await makeViewer("member", { organizationId: member.organizationId! });
    await callerFor(colleague).actions.update({
      ...(await actionInput({ attachments: [{ kind: "file", uploadId: mine.id, label: "kept" }] })),
      id: ok.id,
      version: ok.version,
    });
    const kept = [{ kind: "file", uploadId: mine.id, label: "kept", filename: "minutes.pdf" }];
    expect((await callerFor(colleague).actions.get({ id: ok.id })).attachments).toEqual(kept);
    expect((await callerFor(member).actions.get({ id: ok.id })).attachments).toEqual(kept);
  });

  it("lists with filters and pages", async () => {
    const member = await makeViewer("member");
    const api = callerFor(member);
    await api.actions.create(
      await actionInput({
        kind: "letter",
        date: "2025-01-10",
        countries: ["MEX"],
        outcomeKind: "no_response",
        title: "Letter to the senate",
      }),
    );
    await api.actions.create(
      await actionInput({
        kind: "briefing",
        date: "2025-03-10",
        countries: ["MEX"],
        title: "Briefing the mission",
      }),
    );
    const mine = await api.actions.list({ mine: true, pageSize: 1 });
    expect(mine).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(mine.items[0]).toMatchObject({ title: "Briefing the mission", countries: ["MEX"] });
    expect((await api.actions.list({ mine: true, kind: "letter" })).items.map((i) => i.title)).toEqual([
      "Letter to the senate",
    ]);
    expect((await api.actions.list({ mine: true, outcomeKind: "no_response" })).total).toBe(1);
    expect((await api.actions.list({ mine: true, from: "2025-02-01", to: "2025-12-31" })).total).toBe(1);
    expect((await api.actions.list({ mine: true, q: "senate" })).total).toBe(1);
    expect(
      (await api.actions.list({ mine: true, country: "MEX", organizationId: member.organizationId! })).total,
    ).toBe(2);
    expect((await api.actions.list({ mine: true, visibility: "public" })).total).toBe(0);
  });
});
