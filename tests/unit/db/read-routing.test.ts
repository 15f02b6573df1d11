// Which reads may go to a replica (decision 020): only inside a replica scope, and never inside a
// nested readingFromPrimary — across awaits, as requests are asynchronous.
import { describe, expect, it } from "vitest";
import { inReplicaScope, readingFromPrimary, readingFromReplica } from "~/db/read-routing";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("read routing", () => {
  it("reads the primary outside any scope", () => {
    expect(inReplicaScope()).toBe(false);
  });

  it("keeps the replica scope across awaits, and only for the scoped call", async () => {
    const inside = readingFromReplica(async () => {
      await tick();
      return inReplicaScope();
    });
    expect(inReplicaScope()).toBe(false);
    expect(await inside).toBe(true);
  });

  it("leaves the replica scope for reads that must see the latest writes", async () => {
    const seen = await readingFromReplica(async () => {
      const nested = await readingFromPrimary(async () => {
        await tick();
        return inReplicaScope();
      });
      return { nested, after: inReplicaScope() };
    });
    expect(seen).toEqual({ nested: false, after: true });
  });
});
