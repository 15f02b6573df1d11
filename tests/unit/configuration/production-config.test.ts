// Production refuses to start without what it needs (issue 16): the check instrumentation.ts runs.
import { describe, expect, it } from "vitest";
import { type Env, productionConfigProblems } from "~/server/env";

// Only the fields the check reads matter; the rest keep their production defaults.
const base = {
  NODE_ENV: "production",
  PGLITE_DATA_DIR: ".data/pglite",
  UPLOADS_DIR: ".data/uploads",
  APP_URL: "http://localhost:3000",
  MAIL_FROM: "R2P Tracker <no-reply@localhost>",
  SEED_SAMPLE: "true",
  JOBS_IN_PROCESS: "true",
  LOG_LEVEL: "info",
} as Env;

describe("production configuration", () => {
  it("names a missing AUTH_SECRET", () => {
    expect(productionConfigProblems(base)).toEqual([expect.stringContaining("AUTH_SECRET must be set")]);
  });

  it("accepts a production configuration with a secret", () => {
    expect(productionConfigProblems({ ...base, AUTH_SECRET: "x".repeat(40) })).toEqual([]);
  });

  it("refuses read replicas without the primary they replicate", () => {
    const secret = { ...base, AUTH_SECRET: "x".repeat(40) };
    expect(productionConfigProblems({ ...secret, DATABASE_REPLICA_URLS: ["postgres://replica/r2p"] })).toEqual([
      expect.stringContaining("DATABASE_REPLICA_URLS needs DATABASE_URL"),
    ]);
    expect(
      productionConfigProblems({ ...secret, DATABASE_URL: "postgres://primary/r2p", DATABASE_REPLICA_URLS: ["postgres://replica/r2p"] }),
    ).toEqual([]);
  });

  it("asks nothing of development, where the embedded default makes its own secret", () => {
    expect(productionConfigProblems({ ...base, NODE_ENV: "development" })).toEqual([]);
  });
});
