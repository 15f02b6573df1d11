// Every tRPC procedure, called as every kind of caller: allowed ones answer with what the input asks
// for (procedure-results.ts), refused ones get 401 (anonymous) or 403 (signed in) and leave no audit
// event. Every mutation, when allowed, writes the audit event that names its action and entity.
import { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent } from "~/db/schema";
import { appRouter } from "~/server/api/root";
import type { Viewer } from "~/server/auth/policy";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { AUDITED } from "../../helpers/audit-expectations";
import { CALLERS, type Caller, PROCEDURES } from "../../helpers/procedure-inputs";
import { RESULTS } from "../../helpers/procedure-results";

type AnyProcedure = (input?: unknown) => Promise<unknown>;

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const paths = Object.keys(procedures).sort();

function procedureOf(caller: ReturnType<typeof callerFor>, path: string): AnyProcedure {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as AnyProcedure;
}

async function viewerFor(kind: Caller): Promise<Viewer | null> {
  return kind === "anonymous" ? null : makeViewer(kind);
}

beforeAll(setupDatabase);

describe("authorization matrix", () => {
  it("places every procedure in the matrix, and nothing else", () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !(p in PROCEDURES))).toEqual([]);
    expect(Object.keys(PROCEDURES).filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths.filter((p) => !(p in RESULTS))).toEqual([]);
    expect(Object.keys(RESULTS).filter((p) => !paths.includes(p))).toEqual([]);
  });

  describe.each(paths)("%s", (path) => {
    const entry = PROCEDURES[path]!;
    it.each(CALLERS)("as %s", async (kind) => {
      const viewer = await viewerFor(kind);
      const input = entry.input ? await entry.input(viewer) : undefined;
      const requestId = randomUUID();
      const call = procedureOf(callerFor(viewer, requestId), path)(input);
      if (entry.allowed.includes(kind)) {
        RESULTS[path]!(await call, { viewer, input });
      } else {
        const error = await call.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe(kind === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
        // A refused call changes nothing, so it records nothing.
        expect(await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId))).toEqual([]);
      }
    });
  });
});

describe("audit", () => {
  const mutations = paths.filter((p) => procedures[p]!._def.type === "mutation");

  it("finds the mutations, each with its expected event", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(10);
    expect(mutations.filter((p) => !(p in AUDITED))).toEqual([]);
    expect(Object.keys(AUDITED).filter((p) => !mutations.includes(p))).toEqual([]);
  });

  it.each(mutations)("%s writes its own audit event in its request", async (path) => {
    const entry = PROCEDURES[path]!;
    // The public account mutations (accepting an invitation, resetting a password) are used signed out.
    const kind = entry.allowed.includes("anonymous") ? "anonymous" : entry.allowed.includes("admin") ? "admin" : entry.allowed[0]!;
    const viewer = await viewerFor(kind);
    const input = entry.input ? await entry.input(viewer) : undefined;
    const requestId = randomUUID();
    const result = await procedureOf(callerFor(viewer, requestId), path)(input);
    const events = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    const want = AUDITED[path]!;
    const main = events.filter((e) => e.action === want.action);
    expect(main, `${path} writes ${want.action}`).toHaveLength(1);
    expect(main[0]!.entityType).toBe(want.entityType);
    if (want.entityId) {
      const id = want.entityId({ viewer, input: (input ?? {}) as Record<string, unknown>, result: (result ?? {}) as Record<string, unknown> });
      expect(id, `${path}: the expected entity id`).toBeTruthy();
      expect(main[0]!.entityId).toBe(String(id));
    }
    expect(events.map((e) => e.action).filter((a) => a !== want.action && !want.also?.includes(a))).toEqual([]);
    for (const e of events) {
      expect(e.actorId).toBe(viewer?.id ?? null);
      expect(JSON.stringify([e.before ?? {}, e.after ?? {}])).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    }
  });
});
