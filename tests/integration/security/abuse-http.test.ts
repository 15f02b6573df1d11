// Issue 17, findings 5 and 6 where HTTP matters: batch size and unbatchable procedures, request body
// limits, the database's statement timeout answered as 503, and the client address taken from the
// socket (not from a header the client sends).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKind, db, postgresOptions } from "~/db/client";
import { readLimitedBody, SMALL_BODY_BYTES } from "~/server/api/request-body";
import { createTRPCContext, createTRPCRouter, publicProcedure } from "~/server/api/trpc";
import { handleTrpcRequest } from "~/server/api/trpc-http";
import { DEFAULT_TRPC_BODY_BYTES, MAX_BATCH_SIZE } from "~/server/api/trpc-limits";
import { clientIp } from "~/server/auth/client-ip";
import { installPeerAddressHook, PEER_ADDRESS_HEADER } from "~/server/auth/peer-address";
import type { Viewer } from "~/server/auth/policy";
import { env } from "~/server/env";
import { makeViewer, setupDatabase, unique } from "../../helpers/factories";
import { lastMailTo } from "../../helpers/mail";

beforeAll(setupDatabase);

const trpc = (path: string, init: RequestInit & { viewer?: Viewer | null; query?: string } = {}) =>
  handleTrpcRequest(
    new Request(`http://app.test/api/trpc/${path}${init.query ?? ""}`, {
      ...init,
      headers: { "content-type": "application/json", ...(init.headers as Record<string, string> | undefined) },
    }),
    async () => init.viewer ?? null,
  );

describe("batches", () => {
  const batchOf = (n: number) => Array.from({ length: n }, () => "reference.regions").join(",");

  it(`run up to ${MAX_BATCH_SIZE} calls and refuse more with 400 before any runs`, async () => {
    const ok = await trpc(batchOf(MAX_BATCH_SIZE), { query: "?batch=1&input=%7B%7D" });
    expect(ok.status).toBe(200);
    expect((await ok.json()) as unknown[]).toHaveLength(MAX_BATCH_SIZE);
    const refused = await trpc(batchOf(MAX_BATCH_SIZE + 1), { query: "?batch=1&input=%7B%7D" });
    expect(refused.status).toBe(400);
    const fifty = await trpc(Array.from({ length: 50 }, () => "account.resetPassword").join(","), {
      method: "POST",
      query: "?batch=1",
      body: JSON.stringify({}),
    });
    expect(fifty.status).toBe(400);
  });

  it("never carry a heavy procedure with anything else, and nothing in the batch runs", async () => {
    const email = `${unique("batched")}@example.test`;
    const input = { json: { email } };
    const refused = await trpc("reference.regions,account.requestPasswordReset", {
      method: "POST",
      query: "?batch=1",
      body: JSON.stringify({ 0: { json: null }, 1: input }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toMatch(/account.requestPasswordReset cannot be batched/);
    const member = await makeViewer("member");
    const twice = await trpc("account.requestPasswordReset,account.requestPasswordReset", {
      method: "POST",
      query: "?batch=1",
      body: JSON.stringify({ 0: { json: { email: member.email } }, 1: { json: { email: member.email } } }),
    });
    expect(twice.status).toBe(400);
    expect(await lastMailTo(member.email)).toBeNull();
    // Alone (as the browser client sends it), it works.
    const alone = await trpc("account.requestPasswordReset", { method: "POST", body: JSON.stringify({ json: { email: member.email } }) });
    expect(alone.status).toBe(200);
    expect(await lastMailTo(member.email)).not.toBeNull();
  });
});

describe("request bodies", () => {
  const big = (bytes: number) => JSON.stringify({ json: { email: `${"a".repeat(bytes)}@example.test` } });

  it("are refused with 413 when the declared length is over the limit, before a byte is read", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const req = new Request("http://app.test/api/session", {
      method: "POST",
      headers: { "content-length": String(SMALL_BODY_BYTES + 1) },
      body,
      duplex: "half",
    } as RequestInit);
    const result = await readLimitedBody(req, SMALL_BODY_BYTES);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may prefetch one chunk; nothing was read past it
  });

  it("are counted as they stream when no length is declared, and abandoned at the limit", async () => {
    let sent = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const req = new Request("http://app.test/api/session", { method: "POST", body, duplex: "half" } as RequestInit);
    const result = await readLimitedBody(req, SMALL_BODY_BYTES);
    expect(!result.ok && result.response.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(SMALL_BODY_BYTES * 2);
  });

  it("limit tRPC to 1 MB, and allow a file upload's size only to a signed-in caller of that procedure", async () => {
    const tooBig = await trpc("account.requestPasswordReset", { method: "POST", body: big(DEFAULT_TRPC_BODY_BYTES) });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: "PAYLOAD_TOO_LARGE", limitBytes: DEFAULT_TRPC_BODY_BYTES });

    const twoMb = JSON.stringify({ json: { fileName: "a.pdf", contentBase64: "A".repeat(2 * 1024 * 1024) } });
    expect((await trpc("records.uploadEvidence", { method: "POST", body: twoMb })).status).toBe(413);
    const member = await makeViewer("member");
    const signedIn = await trpc("records.uploadEvidence", { method: "POST", body: twoMb, viewer: member });
    expect(signedIn.status).not.toBe(413);
    expect(signedIn.status).toBeLessThan(500);
  });
});

describe.skipIf(databaseKind !== "postgres")("statement timeout (PostgreSQL)", () => {
  const client = env.DATABASE_URL ? postgres(env.DATABASE_URL, postgresOptions(200, 1)) : null;
  afterAll(() => client?.end({ timeout: 5 }));

  it("is set on the server connection", async () => {
    const rows = (await db.execute(sql`show statement_timeout`)) as unknown as Array<{ statement_timeout: string }>;
    expect(rows[0]?.statement_timeout).toBe(`${env.DATABASE_STATEMENT_TIMEOUT_MS / 1000}s`);
  });

  it("cancels a query that runs too long, and the API answers 503, not 500", async () => {
    const slowDb = drizzle({ client: client! });
    const router = createTRPCRouter({
      slow: publicProcedure.query(async () => {
        await slowDb.execute(sql`select pg_sleep(2)`);
        return "finished";
      }),
    });
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://app.test/api/trpc/slow"),
      router,
      createContext: () => createTRPCContext({ viewer: null, requestId: "timeout-test" }),
    });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { json: { data: Record<string, unknown> } } };
    expect(body.error.json.data).toMatchObject({ appCode: "UNAVAILABLE", messageKey: "limits.busy" });
  });
});

describe("the client address", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installPeerAddressHook();
    server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      res.end(clientIp(headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ask = (headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, headers }, (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve(text));
        })
        .on("error", reject);
    });

  it("is the socket's peer: neither X-Forwarded-For nor our own header can be forged by the client", async () => {
    expect(await ask({})).toBe("127.0.0.1");
    expect(await ask({ "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await ask({ [PEER_ADDRESS_HEADER]: "203.0.113.10", "x-real-ip": "203.0.113.11" })).toBe("127.0.0.1");
  });
});
