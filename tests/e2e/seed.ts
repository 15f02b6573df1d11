// Prepares the e2e database: migrations, reference data, one organisation and the fixed accounts.
// Runs in its own process and closes the database before the server opens it (PGlite is
// single-process). Uses the same service as `npm run user:create`. Idempotent, so a PostgreSQL
// database can be reused between runs.
import { eq, inArray, isNotNull } from "drizzle-orm";
import { dbHandle } from "~/db/client";
import { organization, signInAttempt, user } from "~/db/schema";
import { seedReference } from "~/server/seed/seed-reference";
import { createUserWithMembership } from "~/server/services/accounts/create-user";
import { hashPassword } from "~/server/services/accounts/secrets";
import { storeRecoveryCodes } from "~/server/services/two-factor/recovery-codes";
import { encryptSecret } from "~/server/services/two-factor/secret-box";
import { accounts, E2E_ORGANIZATION } from "./accounts";

const handle = dbHandle();
try {
  await handle.migrate();
  await seedReference(handle.db);
  const created = await handle.db.transaction(async (tx) => {
    await tx
      .insert(organization)
      .values({
        slug: E2E_ORGANIZATION.slug,
        name: { en: E2E_ORGANIZATION.name, zh: E2E_ORGANIZATION.nameZh },
      })
      .onConflictDoNothing();
    const [org] = await tx
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, E2E_ORGANIZATION.slug));
    const ctx = { viewer: null, requestId: "e2e-seed" };
    const emails = Object.values(accounts).map((a) => a.email);
    const existing = new Set(
      (
        await tx
          .select({ email: user.email })
          .from(user)
          .where(inArray(user.email, emails))
      ).map((u) => u.email),
    );
    // A previous run's deliberate wrong passwords (all from one address) must not rate-limit this
    // one; this database belongs to the e2e run, so forget every attempt.
    await tx.delete(signInAttempt).where(isNotNull(signInAttempt.id));
    const fresh = Object.values(accounts).filter((a) => !existing.has(a.email));
    for (const a of fresh) {
      await createUserWithMembership(tx, ctx, {
        email: a.email,
        name: a.name,
        passwordHash: await hashPassword(a.password),
        locale: a.locale,
        role: a.role,
        organizationId: a.organization ? org!.id : null,
        countryIso3: a.country ?? null,
      });
    }
    // Staff need a second factor: the known secrets (and recovery codes) from accounts.ts, set again
    // on every run so a reused database starts with unspent codes.
    for (const a of Object.values(accounts)) {
      if (!a.totpSecret) continue;
      const [row] = await tx.select({ id: user.id }).from(user).where(eq(user.email, a.email));
      await tx
        .update(user)
        .set({ totpSecret: encryptSecret(a.totpSecret), twoFactorEnabledAt: new Date(), totpLastStep: null })
        .where(eq(user.id, row!.id));
      await storeRecoveryCodes(tx, row!.id, a.recoveryCodes ?? []);
    }
    return fresh.length;
  });
  console.log(
    `[e2e] ${handle.kind} ready: ${created} of ${Object.keys(accounts).length} e2e accounts created now`,
  );
} catch (err) {
  console.error("[e2e] seeding failed:", err);
  process.exitCode = 1;
} finally {
  await handle.close();
}
