// A member of a fresh organisation, created straight in the test database, and a session cookie for
// them signed with the app's secret: the recovery tests write as a real signed-in person.
/** Imports lazily: the environment (DATABASE_URL, AUTH_SECRET) is read once, and the caller sets it first. */
export async function createMember(stamp: string) {
  const { sessionCookie } = await import("~/tests/helpers/session-cookie");
  const { dbHandle } = await import("~/db/client");
  const { organization } = await import("~/db/schema");
  const { createUserWithMembership } = await import("~/server/services/accounts/create-user");
  const { hashPassword } = await import("~/server/services/accounts/secrets");
  const { db } = dbHandle();
  const userId = await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organization)
      .values({ slug: `recovery-${stamp}`, name: { en: `Recovery test ${stamp}`, zh: `恢复测试 ${stamp}` } })
      .returning({ id: organization.id });
    const created = await createUserWithMembership(tx, { viewer: null, requestId: "recovery-test" }, {
      email: `recovery-${stamp}@example.org`,
      name: "Recovery Tester",
      passwordHash: await hashPassword(`pw-${stamp}-not-used`),
      locale: "en",
      role: "member",
      organizationId: org!.id,
      countryIso3: null,
    });
    return created.id;
  });
  return { userId, cookie: await sessionCookie(userId) };
}
