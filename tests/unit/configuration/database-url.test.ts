// A production instance stops at start when DATABASE_URL names nothing or does not answer (issue 16).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { databaseUnreachableProblem, databaseUrlShapeProblem, redactDatabaseUrl } from "~/server/database/database-url";

describe("DATABASE_URL shape", () => {
  it("accepts a URL naming a host and a database", () => {
    expect(databaseUrlShapeProblem("postgres://app:secret@db.internal:5432/r2p")).toBeNull();
    expect(databaseUrlShapeProblem("postgresql://db/r2p?sslmode=require")).toBeNull();
  });

  it("names what is missing, without printing the password", () => {
    expect(databaseUrlShapeProblem("postgres://app:secret@db.internal:5432/")).toBe(
      "DATABASE_URL names no database: postgres://app:***@db.internal:5432/.",
    );
    expect(databaseUrlShapeProblem("mysql://db/r2p")).toContain("must start with postgres://");
    expect(databaseUrlShapeProblem("not a url")).toContain("is not a URL");
  });

  it("redacts only the password", () => {
    expect(redactDatabaseUrl("postgres://app:pa%40ss@h:1/d")).toBe("postgres://app:***@h:1/d");
    expect(redactDatabaseUrl("postgres://app@h/d")).toBe("postgres://app@h/d");
  });
});

// A port nothing listens on: the kernel refuses at once, so the wait is the retry window only.
const CLOSED_PORT_URL = "postgres://postgres:topsecret@127.0.0.1:9/r2p";

describe("DATABASE_URL reachability", () => {
  it("reports a database that does not answer, with the driver's reason", async () => {
    const problem = await databaseUnreachableProblem(CLOSED_PORT_URL, 600);
    expect(problem).toMatch(/^DATABASE_URL does not answer: postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:9\/r2p \(.*ECONNREFUSED.*\)\.$/);
  });

  it.runIf(process.env.DATABASE_URL)("finds the test database reachable", async () => {
    expect(await databaseUnreachableProblem(process.env.DATABASE_URL!, 2_000)).toBeNull();
  });

  it("stops a production start with exit code 1 and one line naming the URL", () => {
    const script =
      'import("./server/stop-on-bad-configuration.ts").then((m) => m.stopOnBadConfiguration()).then(() => console.log("started"));';
    const run = spawnSync("npx", ["tsx", "-e", script], {
      env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: "s".repeat(40), DATABASE_URL: CLOSED_PORT_URL },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("started");
    const lines = run.stderr.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^R2P Tracker cannot start: DATABASE_URL does not answer: postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:9\/r2p/);
    expect(run.stderr).not.toContain("topsecret");
  });
});
