// Sample data for the embedded dev default: one labelled sample organisation with an admin, a
// secretariat and a member account. Created once; the credentials are returned to be printed once.
import { count, eq } from "drizzle-orm";
import type { Db } from "~/db/client";
import { organization, user } from "~/db/schema";
import { holdsCountry, holdsOrganization } from "~/server/auth/policy";
import { createUserWithMembership } from "~/server/services/accounts/create-user";
import { hashPassword, randomPassword } from "~/server/services/accounts/secrets";
import { getViewer } from "~/server/services/accounts/get-viewer";
import { type SamplePeople, seedSampleWorld } from "~/server/sample/seed-sample-world";
import { seedSampleActions } from "./seed-sample-actions";
import { seedSampleRecords } from "./seed-sample-records";

export interface SampleCredential {
  role: "admin" | "secretariat" | "member" | "parliamentarian";
  email: string;
  password: string;
}

const SAMPLE_ORG_SLUG = "sample-coalition-member";
/** The sample parliamentarian's country: the one the older sample records say most about. */
const SAMPLE_PARLIAMENT = "KEN";

/** Returns the new credentials, or [] when the database already has people in it. */
export async function seedSample(db: Db): Promise<SampleCredential[]> {
  const [existing] = await db.select({ n: count() }).from(user);
  if (Number(existing?.n) > 0) return [];

  const ctx = { viewer: null, requestId: "seed" };
  const credentials: SampleCredential[] = [
    { role: "admin", email: "admin@sample.r2p.test", password: randomPassword() },
    { role: "secretariat", email: "secretariat@sample.r2p.test", password: randomPassword() },
    { role: "member", email: "member@sample.r2p.test", password: randomPassword() },
    { role: "parliamentarian", email: "mp@sample.r2p.test", password: randomPassword() },
  ];
  const hashes = await Promise.all(credentials.map((c) => hashPassword(c.password)));

  await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organization)
      .values({
        slug: SAMPLE_ORG_SLUG,
        name: { zh: "示例联盟成员（示例数据）", en: "Sample Coalition Member (sample data)" },
        isSample: true,
      })
      .onConflictDoNothing()
      .returning();
    const orgId =
      org?.id ??
      (await tx.select({ id: organization.id }).from(organization).where(eq(organization.slug, SAMPLE_ORG_SLUG)))[0]!.id;
    for (const [i, c] of credentials.entries()) {
      await createUserWithMembership(tx, ctx, {
        email: c.email,
        name: `Sample ${c.role}`,
        passwordHash: hashes[i]!,
        locale: "zh",
        role: c.role,
        organizationId: holdsOrganization(c.role) ? orgId : null,
        countryIso3: holdsCountry(c.role) ? SAMPLE_PARLIAMENT : null,
        isSample: true,
      });
    }
  });
  const [, secretariat, member] = credentials;
  await seedSampleRecords(db, { secretariat: secretariat!.email, member: member!.email });
  await seedSampleActions(db, { member: member!.email });
  await seedSampleWorld(db, await samplePeople(db, credentials));
  return credentials;
}

async function samplePeople(db: Db, credentials: SampleCredential[]): Promise<SamplePeople> {
  const emailOf = new Map(credentials.map((c) => [c.role, c.email]));
  const viewerOf = async (role: SampleCredential["role"]) => {
    const email = emailOf.get(role)!;
    const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
    return (await getViewer(row!.id))!;
  };
  return { secretariat: await viewerOf("secretariat"), member: await viewerOf("member"), parliamentarian: await viewerOf("parliamentarian") };
}
