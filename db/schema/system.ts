// Cross-cutting tables: the append-only audit trail and the outgoing mail log.
import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./accounts";

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE. */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid().references(() => user.id),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.createdAt),
    index().on(t.entityType, t.entityId),
    index().on(t.actorId, t.createdAt),
    index().on(t.action),
  ],
);

export const mailTransportEnum = pgEnum("mail_transport", ["smtp", "log"]);

/** Every message the app sends, whatever the transport: the dev mailbox reads it. */
export const mailMessage = pgTable(
  "mail_message",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    transport: mailTransportEnum().notNull(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt), index().on(t.to)],
);
