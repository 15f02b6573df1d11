// Accounts: users, coalition organisations, memberships with a role, invitations, password resets.
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { LOCALES } from "../locales";
import { localizedText } from "./localized-text-column";
import { country } from "./reference";

export const roleEnum = pgEnum("role", ["admin", "secretariat", "member", "parliamentarian"]);
export const localeEnum = pgEnum("locale", LOCALES);

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const organization = pgTable(
  "organization",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: localizedText(),
    countryIso3: text().references(() => country.iso3),
    website: text(),
    /** Sample data created by the embedded dev default; labelled in the UI. */
    isSample: boolean().notNull().default(false),
    /** The organisation requires a second factor of its own members (secretariat and admins always need one). */
    requireTwoFactor: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    deletedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex().on(t.slug).where(sql`${t.deletedAt} is null`)],
);

export const user = pgTable(
  "user",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Always stored lower-cased and trimmed. */
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    locale: localeEnum().notNull().default("zh"),
    isSample: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    deactivatedAt: timestamp({ withTimezone: true }),
    /** How notifications reach them by email: immediate, daily_digest or off (EMAIL_DELIVERIES). */
    emailDelivery: text().notNull().default("immediate"),
    /** When their last daily digest went out. */
    digestSentAt: timestamp({ withTimezone: true }),
    /**
     * Carried in every session token; bumping it ends every session of this person at once
     * (password reset, deactivation, second-factor reset).
     */
    sessionVersion: integer().notNull().default(1),
    /** TOTP shared secret, encrypted at rest (AES-GCM under a key derived from AUTH_SECRET); null = no TOTP. */
    totpSecret: text(),
    /** When TOTP enrolment was confirmed with a first valid code; null while pending or absent. */
    twoFactorEnabledAt: timestamp({ withTimezone: true }),
    /** The last TOTP time step accepted, so a code cannot be replayed within its window. */
    totpLastStep: integer(),
    ...timestamps,
  },
  (t) => [uniqueIndex().on(t.email)],
);

/** One active membership per user: the role they hold in the coalition, and where. */
export const membership = pgTable(
  "membership",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id),
    organizationId: uuid().references(() => organization.id),
    role: roleEnum().notNull(),
    /** Parliamentarians are tied to one country. */
    countryIso3: text().references(() => country.iso3),
    ...timestamps,
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.userId).where(sql`${t.endedAt} is null`),
    index().on(t.organizationId),
  ],
);

export const invitation = pgTable(
  "invitation",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text(),
    role: roleEnum().notNull(),
    organizationId: uuid().references(() => organization.id),
    countryIso3: text().references(() => country.iso3),
    locale: localeEnum().notNull().default("zh"),
    /** SHA-256 of the token sent by email; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    invitedById: uuid()
      .notNull()
      .references(() => user.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email)],
);

export const passwordResetToken = pgTable("password_reset_token", {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid()
    .notNull()
    .references(() => user.id),
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every sign-in attempt, for rate limiting by email and by address across app instances. */
export const signInAttempt = pgTable(
  "sign_in_attempt",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.ip, t.createdAt)],
);

/** One-time recovery codes for the second factor: only their hashes are kept; each works once. */
export const recoveryCode = pgTable(
  "recovery_code",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId), uniqueIndex().on(t.codeHash)],
);

/**
 * A generic, database-backed rate limit ledger (password-reset requests, invitations, uploads…):
 * one row per counted event, so every app instance sees the same counts.
 */
export const rateLimitEvent = pgTable(
  "rate_limit_event",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** What is limited, e.g. "password_reset.email" or "password_reset.ip". */
    bucket: text().notNull(),
    /** Who or what is counted in the bucket (an email, a client address, a user id). */
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.bucket, t.key, t.createdAt)],
);
