// A session made on one instance works on every other: sessions live in the shared database and are
// signed with the one AUTH_SECRET, never in an instance's memory.
import assert from "node:assert/strict";
import { accounts } from "../e2e/accounts";
import type { Check } from "./cluster-context";
import { Session } from "./http-client";

export const sessionsCheck: Check = {
  name: "a session made on one instance works on every other",
  async run({ instances }) {
    const session = await new Session().signIn(instances[0]!.url, accounts.member);
    for (const instance of instances) {
      const me = await session.query<{ email: string }>(instance.url, "account.me");
      assert.equal(me.email, accounts.member.email, `${instance.name} knows the session`);
    }
    return `signed in on ${instances[0]!.name}; ${instances.map((i) => i.name).join(", ")} all recognise the session`;
  },
};
