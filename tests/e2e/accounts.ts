// The fixed accounts every e2e run starts with. serve.ts creates them before the server starts
// (PGlite is single-process); the fixture signs in as them.
export type E2ERole = "admin" | "secretariat" | "member" | "parliamentarian";
/**
 * The accounts by name: one per role, a second member of the same organisation, and a second
 * secretariat account that only two-factor.spec signs in with (its codes are spent there).
 */
export type E2EAccountKey = E2ERole | "colleague" | "guardian";

export interface E2EAccount {
  email: string;
  password: string;
  name: string;
  role: E2ERole;
  /** The admin prefers English on purpose: a zh page must still speak zh to them (see bad-input.spec). */
  locale: "zh" | "en";
  organization?: string;
  country?: string;
  /** Staff must have a second factor: the seed sets up this TOTP secret (Base32) for them. */
  totpSecret?: string;
  /** One-time recovery codes the seed stores for the account. */
  recoveryCodes?: string[];
}

/** The coalition member organisation the member account (and invited members) belong to. */
export const E2E_ORGANIZATION = {
  slug: "e2e-coalition",
  name: "E2E Coalition Centre",
  nameZh: "端到端测试联盟中心",
} as const;

const password = "e2e-password-0123";
/** Known TOTP secrets (20 bytes, Base32), one per staff account, as an authenticator app would hold. */
const TOTP = {
  admin: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  secretariat: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
  guardian: "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK",
} as const;

export const accounts: Record<E2EAccountKey, E2EAccount> = {
  admin: {
    email: "admin@e2e.r2p.test",
    password,
    name: "Ada Admin",
    role: "admin",
    locale: "en",
    totpSecret: TOTP.admin,
  },
  secretariat: {
    email: "secretariat@e2e.r2p.test",
    password,
    name: "Sam Secretariat",
    role: "secretariat",
    locale: "en",
    totpSecret: TOTP.secretariat,
  },
  guardian: {
    email: "guardian@e2e.r2p.test",
    password,
    name: "Gil Guardian",
    role: "secretariat",
    locale: "en",
    totpSecret: TOTP.guardian,
    recoveryCodes: ["e2eaa-recov", "e2ebb-recov"],
  },
  member: {
    email: "member@e2e.r2p.test",
    password,
    name: "Mia Member",
    role: "member",
    locale: "en",
    organization: E2E_ORGANIZATION.slug,
  },
  /** Mia's colleague in the same organisation: follow-ups and mentions go to her. */
  colleague: {
    email: "colleague@e2e.r2p.test",
    password,
    name: "Cleo Colleague",
    role: "member",
    locale: "en",
    organization: E2E_ORGANIZATION.slug,
  },
  parliamentarian: {
    email: "mp@e2e.r2p.test",
    password,
    name: "Pat Parliamentarian",
    role: "parliamentarian",
    locale: "zh",
    country: "KEN",
  },
};

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
