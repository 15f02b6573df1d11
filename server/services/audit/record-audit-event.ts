// Every mutation calls this inside its own transaction, so the change and its audit event commit together.
import type { Queryable } from "~/db/client";
import { auditEvent } from "~/db/schema";
import type { ServiceContext } from "~/server/services/context";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Who acted, when not the request's signed-in viewer (e.g. the person who just signed in). */
  actorId?: string;
}

/** Secrets never reach the audit trail. */
const REDACTED_KEYS = new Set(["passwordHash", "tokenHash", "password", "token"]);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !REDACTED_KEYS.has(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

export async function recordAuditEvent(tx: Queryable, ctx: ServiceContext, entry: AuditEntry) {
  await tx.insert(auditEvent).values({
    actorId: entry.actorId ?? ctx.viewer?.id ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: redact(entry.before),
    after: redact(entry.after),
    requestId: ctx.requestId,
  });
}
