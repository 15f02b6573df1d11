// Fuzzing as a test (issue 17): every tRPC procedure — enumerated from the router, so a new one cannot
// be missed — called as every kind of caller with generated and hostile inputs. Any INTERNAL_SERVER_ERROR,
// any error that is not a TRPCError, and any 4xx that only the database's refusal produced (the last-line
// mapping in server/errors.ts) fails the test with the procedure, the role, the input and the seed.
// Reproduce a failure with FUZZ_SEED=<seed> (and more runs with FUZZ_RUNS=<n>); FUZZ_TRACE=<file> logs
// every call before it is made, to find one that never answers.
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { appendFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "~/server/api/root";
import type { Viewer } from "~/server/auth/policy";
import { AppError } from "~/server/errors";
import { callerFor, makeViewer, setupDatabase } from "../../helpers/factories";
import { arbitraryForInput } from "../../helpers/fuzz/arbitrary-from-schema";
import { describeInput } from "../../helpers/fuzz/describe-input";
import { makeForeignObjects } from "../../helpers/fuzz/foreign-objects";
import { hostileValue } from "../../helpers/fuzz/hostile-values";
import { applyMutation, mutationArbitrary } from "../../helpers/fuzz/mutate";
import { type Caller, PROCEDURES } from "../../helpers/procedure-inputs";

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const ROLES = ["anonymous", "parliamentarian", "member", "otherMember", "secretariat", "admin"] as const;
type Role = (typeof ROLES)[number];
/** A call slower than this is a hang (or an input that costs the server far too much): a failure. */
const CALL_LIMIT_MS = Number(process.env.FUZZ_CALL_LIMIT_MS ?? 10_000);
const slowest: { path: string; role: string; ms: number; input: unknown }[] = [];

type AnyProcedure = (input?: unknown) => Promise<unknown>;
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>;
const paths = Object.keys(procedures).sort();

const viewers = new Map<Role, Viewer | null>();
const validInputs = new Map<string, unknown>();
let foreignIds: string[] = [];

function procedureOf(viewer: Viewer | null, path: string): AnyProcedure {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], callerFor(viewer)) as AnyProcedure;
}

/** Why this outcome is a server error, or null when it is an answer or a clean 4xx. */
function serverFault(error: unknown): string | null {
  if (error === null) return null;
  if (!(error instanceof TRPCError)) return `threw a non-tRPC error: ${String(error)}`;
  if (error.code === "INTERNAL_SERVER_ERROR") {
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : String(error.cause);
    return `INTERNAL_SERVER_ERROR (${cause.slice(0, 500)})`;
  }
  if (error.cause instanceof AppError && error.cause.details?.sqlState) {
    return `the database refused the input (SQLSTATE ${String(error.cause.details.sqlState)}): validate it before SQL`;
  }
  return null;
}

/** Valid input for a procedure (the authorisation matrix's), built once as a role it allows. */
async function validInputFor(path: string): Promise<unknown> {
  const entry = PROCEDURES[path];
  if (!entry?.input) return undefined;
  const role: Caller = entry.allowed.includes("member") ? "member" : entry.allowed[0]!;
  return entry.input(viewers.get(role) ?? null);
}

beforeAll(async () => {
  await setupDatabase();
  process.stdout.write(`fuzz-procedures: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n`);
  for (const role of ROLES) {
    viewers.set(role, role === "anonymous" ? null : await makeViewer(role === "otherMember" ? "member" : role));
  }
  foreignIds = await makeForeignObjects(viewers.get("otherMember")!);
  for (const path of paths) validInputs.set(path, await validInputFor(path));
  process.stdout.write(`fuzz-procedures: ready\n`);
}, 300_000);

afterAll(() => {
  const top = slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
  process.stdout.write(`fuzz-procedures: slowest calls\n${top.map((c) => `  ${c.ms} ms ${c.path} as ${c.role}: ${describeInput(c.input).slice(0, 200)}`).join("\n")}\n`);
});

describe("fuzzing every tRPC procedure as every role", () => {
  it("enumerates the whole router", () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it.each(paths.map((p, i) => [p, i] as const))("%s answers 2xx or 4xx to anything", async (path, index) => {
    const schema = procedures[path]!._def.inputs[0];
    const valid = validInputs.get(path);
    const generated = arbitraryForInput(schema, { ids: foreignIds });
    const input = fc.oneof(
      { weight: 4, arbitrary: mutationArbitrary.map((m) => applyMutation(valid, m)) },
      { weight: 3, arbitrary: generated },
      { weight: 2, arbitrary: fc.tuple(generated, mutationArbitrary).map(([g, m]) => applyMutation(g, m)) },
      { weight: 1, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.constant(valid) },
    );
    const seed = (SEED + index * 7919) | 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROLES), input, async (role, value) => {
        const started = Date.now();
        if (process.env.FUZZ_TRACE) appendFileSync(process.env.FUZZ_TRACE, `${path} as ${role}: ${describeInput(value).slice(0, 300)}\n`);
        const error = await Promise.race([
          procedureOf(viewers.get(role) ?? null, path)(value).then(
            () => null,
            (e: unknown) => e,
          ),
          new Promise((resolve) => setTimeout(() => resolve(new Error(`no answer within ${CALL_LIMIT_MS} ms`)), CALL_LIMIT_MS)),
        ]);
        slowest.push({ path, role, ms: Date.now() - started, input: value });
        const fault = serverFault(error);
        if (fault) {
          throw new Error(`${path} as ${role} with input ${describeInput(value)}: ${fault} [FUZZ_SEED=${SEED}]`);
        }
      }),
      { numRuns: RUNS, seed, endOnFailure: true },
    );
  }, 120_000);
});
