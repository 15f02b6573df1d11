// npm run user:create -- --email ada@example.org --role admin [--name "Ada"] [--password …]
//   [--organization <slug>] [--country ISO3] [--locale ar|zh|en|fr|ru|es]
// Creates a person directly — how a real deployment gets its first administrator.
import { LOCALES } from "~/db/locales";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { dbHandle } from "~/db/client";
import { organization } from "~/db/schema";
import { seedReference } from "~/server/seed/seed-reference";
import { holdsCountry, holdsOrganization, ROLES } from "~/server/auth/policy";
import { createUserWithMembership } from "~/server/services/accounts/create-user";
import { hashPassword, randomPassword, ZPasswordSchema } from "~/server/services/accounts/secrets";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    organization: { type: "string" },
    country: { type: "string" },
    locale: { type: "string", default: "zh" },
  },
});

const parsed = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    role: z.enum(ROLES),
    name: z.string().trim().min(1).optional(),
    password: ZPasswordSchema.optional(),
    organization: z.string().optional(),
    country: z.string().regex(/^[A-Z]{3}$/).optional(),
    locale: z.enum(LOCALES),
  })
  .safeParse(values);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const input = parsed.data;
if (holdsCountry(input.role) && !input.country) {
  console.error("--country: required for a parliamentarian");
  process.exit(2);
}

const handle = dbHandle();
try {
  await handle.migrate();
  await seedReference(handle.db);
  let organizationId: string | null = null;
  if (input.organization) {
    const [org] = await handle.db
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, input.organization));
    if (!org) throw new Error(`--organization: no organisation with slug "${input.organization}"`);
    organizationId = org.id;
  } else if (holdsOrganization(input.role)) {
    throw new Error("--organization: required for a member");
  }
  const password = input.password ?? randomPassword();
  await handle.db.transaction(async (tx) =>
    createUserWithMembership(tx, { viewer: null, requestId: "cli" }, {
      email: input.email,
      name: input.name ?? input.email.split("@")[0]!,
      passwordHash: await hashPassword(password),
      locale: input.locale,
      role: input.role,
      organizationId,
      countryIso3: input.country ?? null,
    }),
  );
  console.log(`created ${input.role} ${input.email}`);
  if (!input.password) console.log(`password: ${password}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await handle.close();
}
