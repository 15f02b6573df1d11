// Test data built through the app's own services, with unique names so test files can share a database.
import { randomUUID } from "node:crypto";
import { db } from "~/db/client";
import { organization } from "~/db/schema";
import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import type { Viewer, Role } from "~/server/auth/policy";
import { ensureDatabaseReady } from "~/server/bootstrap";
import { getViewer } from "~/server/services/accounts/get-viewer";
import { createUserWithMembership } from "~/server/services/accounts/create-user";
import { hashPassword } from "~/server/services/accounts/secrets";
import { enrolTwoFactor } from "./two-factor";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | null = null;

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function setupDatabase() {
  await ensureDatabaseReady();
}

export async function makeOrganization(name = unique("org")) {
  const [row] = await db.insert(organization).values({ slug: name, name: { en: name } }).returning();
  return row!;
}

/**
 * A person with a role. Staff get a second factor (TEST_TOTP_SECRET) unless `twoFactor: false`, as
 * they must have one to do anything (docs/decisions/014).
 */
export async function makeViewer(
  role: Role,
  opts: { organizationId?: string; countryIso3?: string; twoFactor?: boolean } = {},
): Promise<Viewer> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organizationId =
    opts.organizationId ?? (role === "member" ? (await makeOrganization()).id : null);
  const hash = await passwordHash;
  const created = await db.transaction((tx) =>
    createUserWithMembership(tx, { viewer: null, requestId: "test" }, {
      email: `${unique(role)}@example.test`,
      name: unique(`Test ${role}`),
      passwordHash: hash,
      locale: "en",
      role,
      organizationId,
      countryIso3: role === "parliamentarian" ? (opts.countryIso3 ?? "KEN") : null,
    }),
  );
  if (opts.twoFactor ?? (role === "admin" || role === "secretariat")) await enrolTwoFactor(created.id);
  return (await getViewer(created.id))!;
}

export function callerFor(viewer: Viewer | null, requestId: string = randomUUID()) {
  return createCaller(createTRPCContext({ viewer, requestId, locale: viewer?.locale ?? "en" }));
}
