// Every tRPC procedure, called as every kind of caller: allowed ones get through, refused ones get
// 401 (anonymous) or 403 (signed in). Every mutation, when allowed, writes an audit event.
import { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client";
import { auditEvent } from "~/db/schema";
import { appRouter } from "~/server/api/root";
import type { Actor } from "~/server/auth/policy";
import { callerFor, makeActor, setupDatabase } from "../helpers/factories";
import { CALLERS, type Caller, PROCEDURES } from "../helpers/procedure-inputs";

type AnyProcedure = (input?: unknown) => Promise<unknown>;

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const paths = Object.keys(procedures).sort();

function procedureOf(caller: ReturnType<typeof callerFor>, path: string): AnyProcedure {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as AnyProcedure;
}

async function actorFor(kind: Caller): Promise<Actor | null> {
  return kind === "anonymous" ? null : makeActor(kind);
}

beforeAll(setupDatabase);

describe("authorization matrix", () => {
  it("places every procedure in the matrix, and nothing else", () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !(p in PROCEDURES))).toEqual([]);
    expect(Object.keys(PROCEDURES).filter((p) => !paths.includes(p))).toEqual([]);
  });

  describe.each(paths)("%s", (path) => {
    const entry = PROCEDURES[path]!;
    it.each(CALLERS)("as %s", async (kind) => {
      const actor = await actorFor(kind);
      const input = entry.input ? await entry.input(actor) : undefined;
      const call = procedureOf(callerFor(actor), path)(input);
      if (entry.allowed.includes(kind)) {
        await expect(call).resolves.not.toThrow();
      } else {
        const error = await call.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe(kind === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
      }
    });
  });
});

describe("audit", () => {
  const mutations = paths.filter((p) => procedures[p]!._def.type === "mutation");

  it("finds the mutations", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(mutations)("%s writes an audit event in its request", async (path) => {
    const entry = PROCEDURES[path]!;
    const kind = entry.allowed.includes("admin") ? "admin" : entry.allowed[0]!;
    const actor = await actorFor(kind);
    const input = entry.input ? await entry.input(actor) : undefined;
    const requestId = randomUUID();
    await procedureOf(callerFor(actor, requestId), path)(input);
    const events = await db.select().from(auditEvent).where(eq(auditEvent.requestId, requestId));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.actorId).toBe(actor?.id ?? null);
      expect(e.action).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(JSON.stringify(e.after ?? {})).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    }
  });
});
