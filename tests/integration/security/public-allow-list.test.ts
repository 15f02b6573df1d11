// Public outputs are allow-lists (issue 17, finding 2). Every procedure an anonymous caller may reach
// is called anonymously, over data that holds private values (notes, drafts, organisation-only
// actions, people), and its answer must (a) fit its public shape with no undeclared field and
// (b) contain none of those values anywhere. The procedures come from the router itself, so a new
// one cannot be forgotten: it needs an entry in tests/helpers/procedure-inputs.ts and a public shape.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { user } from "~/db/schema";
import { toPublicJsonSchema } from "~/server/api/public/openapi";
import { appRouter } from "~/server/api/root";
import type { TRPCMeta } from "~/server/api/trpc";
import type { Viewer } from "~/server/auth/policy";
import { ZUpdateActionInputSchema } from "~/server/services/advocacy/action-schemas";
import { updateAction } from "~/server/services/advocacy/save-action";
import { createComment } from "~/server/services/comments/save-comment";
import { makeAction } from "../../helpers/actions";
import { callerFor, makeViewer, makeOrganization, setupDatabase, unique } from "../../helpers/factories";
import { checkJsonSchema } from "../../helpers/json-schema-check";
import { PROCEDURES } from "../../helpers/procedure-inputs";
import { makeRecord } from "../../helpers/records";

interface ProcedureDef {
  _def: { type: string; meta?: TRPCMeta; output?: unknown };
}
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
const paths = Object.keys(procedures).sort();

let insider: Viewer;
let advocate: Viewer;
const secret = {
  notes: `NOTES-${randomUUID()}`,
  draftTitle: `DRAFT-${randomUUID()}`,
  orgOnlyTitle: `ORGONLY-${randomUUID()}`,
  oldPrivateTitle: `WAS-PRIVATE-${randomUUID()}`,
  hiddenPerson: `Hidden Person ${randomUUID().slice(0, 8)}`,
  comment: `COMMENT-${randomUUID()}`,
  secretOrgName: unique("Secret Org"),
};
const ids: Record<string, string> = {};
let forbidden: string[] = [];

/** Calls a procedure by its dotted path, as `caller.records.get(input)` would. */
async function call(viewer: Viewer | null, path: string, input: unknown) {
  const caller = callerFor(viewer) as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>;
  const [router, name] = path.split(".") as [string, string];
  return caller[router]![name]!(input);
}

beforeAll(async () => {
  await setupDatabase();
  // An organisation that only enters records (never public): it must stay unknown to the public.
  const secretOrg = await makeOrganization(secret.secretOrgName);
  insider = await makeViewer("member", { organizationId: secretOrg.id });
  advocate = await makeViewer("member");

  const published = await makeRecord({ owner: insider, reviewStatus: "published", overrides: { notes: secret.notes } });
  const focal = await makeRecord({
    owner: insider,
    reviewStatus: "published",
    overrides: { type: "focal_point", notes: secret.notes, personName: secret.hiddenPerson, personNamePublic: false },
  });
  await makeRecord({ owner: insider, reviewStatus: "draft", overrides: { titleEn: secret.draftTitle, notes: secret.notes } });
  ids.publishedRecord = published.row.id;
  ids.focalRecord = focal.row.id;
  ids.secretOrg = secretOrg.id;

  await makeAction({ author: advocate, overrides: { title: secret.orgOnlyTitle, visibility: "organization" } });
  // Private when logged (its feed line carries that title), then made public under another title,
  // discussed, and edited again (which re-tags its feed lines).
  const { row } = await makeAction({ author: advocate, overrides: { title: secret.oldPrivateTitle, visibility: "organization" } });
  const ctx = { viewer: advocate, requestId: "test" };
  const fields = { kind: "meeting" as const, date: "2026-05-02", summary: "Met.", outcome: "", outcomeKind: "pending" as const, countries: ["KEN"], targets: [], measures: [], units: [], attachments: [] };
  const edit = (input: Record<string, unknown>) => updateAction({ ctx, input: ZUpdateActionInputSchema.parse({ ...fields, ...input }) });
  const madePublic = await edit({ id: row.id, version: row.version, title: "Now a public meeting", visibility: "public" });
  await createComment({ ctx, input: { subjectType: "action", subjectId: row.id, body: secret.comment, parentId: null } });
  await edit({ id: row.id, version: madePublic.version, title: "Now a public meeting", visibility: "public", summary: "Met again." });
  ids.publicAction = row.id;

  const people = await db.select({ id: user.id, email: user.email, name: user.name }).from(user);
  forbidden = [
    ...Object.values(secret),
    ...people.flatMap((p) => [p.id, p.email]),
    insider.name,
    advocate.name,
  ];
});

/** Inputs that aim the walk at the private data above; others come from the shared table. */
const aimed: Record<string, () => unknown> = {
  "records.get": () => ({ id: ids.publishedRecord }),
  "records.list": () => ({ country: "KEN", pageSize: 500 }),
  "records.published": () => ({ country: "KEN", pageSize: 500 }),
  "records.export": () => ({ type: "focal_point", format: "json", country: "KEN" }),
  "actions.get": () => ({ id: ids.publicAction }),
  "actions.export": () => ({ format: "json", country: "KEN" }),
  "activity.public": () => ({ country: "KEN", pageSize: 200 }),
  "organizations.list": () => ({ pageSize: 500 }),
};

const anonymousPaths = paths.filter((p) => PROCEDURES[p]?.allowed.includes("anonymous"));

describe("every public procedure answers anonymous callers through its public shape", () => {
  it("knows every procedure of the router, and each one declares its output", () => {
    expect(paths.filter((p) => !PROCEDURES[p])).toEqual([]);
    expect(paths.filter((p) => procedures[p]!._def.output === undefined)).toEqual([]);
    expect(anonymousPaths.length).toBeGreaterThan(20);
  });

  it.each(anonymousPaths)("%s", async (path) => {
    const def = procedures[path]!._def;
    const shape = def.meta?.anonymousOutput;
    expect(shape, `${path} has no meta.anonymousOutput`).toBeDefined();
    const input = await (aimed[path] ?? PROCEDURES[path]!.input ?? (() => undefined))(null);
    let result: unknown;
    try {
      result = await call(null, path, input);
    } catch (err) {
      // A mutation may refuse (e.g. an unknown token) — with a client error, never a server one.
      expect(err instanceof TRPCError && err.code !== "INTERNAL_SERVER_ERROR", String(err)).toBe(true);
      return;
    }
    const json: unknown = JSON.parse(JSON.stringify(result));
    const schema = toPublicJsonSchema(shape!);
    expect(checkJsonSchema(json, schema, schema)).toEqual([]);
    const text = JSON.stringify(result);
    expect(forbidden.filter((value) => text.includes(value))).toEqual([]);
  });
});

describe("the shapes themselves are allow-lists", () => {
  it("refuses an undeclared field, wherever it is", async () => {
    const shape = procedures["records.get"]!._def.meta!.anonymousOutput!;
    const schema = toPublicJsonSchema(shape);
    const answer = JSON.parse(JSON.stringify(await call(null, "records.get", { id: ids.publishedRecord })));
    expect(checkJsonSchema(answer, schema, schema)).toEqual([]);
    expect(checkJsonSchema({ ...answer, notes: "x" }, schema, schema)).toEqual(["$: undeclared field notes"]);
    const nested = { ...answer, measures: [{ slug: "s", title: {}, id: "x" }] };
    expect(checkJsonSchema(nested, schema, schema)).toEqual(["$.measures[0]: undeclared field id"]);
  });
});

describe("finding 17.2: anonymous reads carry no internal fields", () => {
  it("records.get gives the public no notes, no ids of people or organisations; the owner keeps them", async () => {
    const anonymous = (await call(null, "records.get", { id: ids.publishedRecord })) as Record<string, unknown>;
    for (const key of ["notes", "createdById", "organizationId", "pendingRevisionId", "submittedAt", "createdAt"]) {
      expect(anonymous).not.toHaveProperty(key);
    }
    expect(anonymous).toMatchObject({ organizationName: null, createdByName: null, snapshot: null, decisions: [] });
    const owner = (await call(insider, "records.get", { id: ids.publishedRecord })) as Record<string, unknown>;
    expect(owner).toMatchObject({ notes: secret.notes, createdById: insider.id, organizationName: { en: secret.secretOrgName } });
  });

  it("records.get hides a focal point's name unless it is public", async () => {
    const anonymous = (await call(null, "records.get", { id: ids.focalRecord })) as Record<string, unknown>;
    expect(anonymous.personName).toBeNull();
  });

  it("records.list names no organisation and cannot be narrowed by one for anonymous callers", async () => {
    const all = (await call(null, "records.list", { country: "KEN", pageSize: 500 })) as { items: { id: string; organizationName: unknown }[]; total: number };
    expect(all.items.map((i) => i.id)).toContain(ids.publishedRecord);
    expect(all.items.every((i) => i.organizationName === null)).toBe(true);
    const narrowed = (await call(null, "records.list", { country: "KEN", pageSize: 500, organizationId: ids.secretOrg })) as { total: number };
    expect(narrowed.total).toBe(all.total);
    const member = (await call(insider, "records.list", { country: "KEN", pageSize: 500, organizationId: ids.secretOrg })) as { items: { id: string; organizationName: unknown }[] };
    expect(member.items.find((i) => i.id === ids.publishedRecord)?.organizationName).toEqual({ en: secret.secretOrgName });
  });

  it("actions.get gives the public no author ids or names", async () => {
    const anonymous = (await call(null, "actions.get", { id: ids.publicAction })) as Record<string, unknown>;
    expect(anonymous).not.toHaveProperty("createdById");
    expect(anonymous.authors).toEqual([]);
    const coalition = (await call(advocate, "actions.get", { id: ids.publicAction })) as Record<string, unknown>;
    expect(coalition.createdById).toBe(advocate.id);
  });

  it("organizations.list shows the public only organisations with a public action, by name", async () => {
    const anonymous = (await call(null, "organizations.list", { pageSize: 500 })) as { items: Record<string, unknown>[] };
    expect(anonymous.items.map((o) => o.name)).not.toContainEqual({ en: secret.secretOrgName });
    expect(anonymous.items.map((o) => o.id)).toContain(advocate.organizationId);
    expect(Object.keys(anonymous.items[0]!).sort()).toEqual(["id", "name", "slug"]);
    const signedIn = (await call(insider, "organizations.list", { pageSize: 500 })) as { items: Record<string, unknown>[] };
    expect(signedIn.items.map((o) => o.name)).toContainEqual({ en: secret.secretOrgName });
  });
});
