// Domain errors and their one mapping to tRPC codes and HTTP statuses.
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { RETRY_AFTER_SECONDS } from "~/db/availability";
import { isConnectionError } from "~/db/connection-errors";

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "INVALID_TOKEN"
  | "BAD_REQUEST"
  | "PAYLOAD_TOO_LARGE"
  | "UNAVAILABLE";

interface AppErrorOptions {
  /** Key under `errors.` in the message files; the client shows it in the user's language. */
  messageKey?: string;
  /** Values for the message, and extra detail for the client (e.g. what changed in a conflict). */
  details?: Record<string, unknown>;
  /** Field → message key under `validation.`: a domain rule that forms show beside the field. */
  fields?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly details?: Record<string, unknown>;
  readonly fields?: Record<string, string>;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.messageKey ?? defaultMessageKey[code];
    this.details = options.details;
    this.fields = options.fields;
  }
}

const defaultMessageKey: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  CONFLICT: "conflict",
  VALIDATION: "validation",
  RATE_LIMITED: "rateLimited",
  INVALID_TOKEN: "invalidToken",
  BAD_REQUEST: "badRequest",
  PAYLOAD_TOO_LARGE: "limits.payloadTooLarge",
  UNAVAILABLE: "limits.busy",
};

export const errorMapping: Record<AppErrorCode, { trpc: TRPC_ERROR_CODE_KEY; http: number }> = {
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  VALIDATION: { trpc: "BAD_REQUEST", http: 400 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  INVALID_TOKEN: { trpc: "BAD_REQUEST", http: 400 },
  BAD_REQUEST: { trpc: "BAD_REQUEST", http: 400 },
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413 },
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
};

export const notFound = (what: string) =>
  new AppError("NOT_FOUND", `${what} not found`, { details: { what } });

export const forbidden = (action: string) =>
  new AppError("FORBIDDEN", `not allowed: ${action}`, { details: { action } });

/** A save based on a version someone else has since replaced. */
export const staleVersion = (entity: string, current: unknown) =>
  new AppError("CONFLICT", `${entity} was changed by someone else`, {
    messageKey: "staleVersion",
    details: { entity, current },
  });

/** A value the database refuses for a domain reason, named by its field (e.g. a quote not in the unit). */
export const fieldError = (field: string, messageKey: string, message: string) =>
  new AppError("VALIDATION", message, { fields: { [field]: `validation.${messageKey}` } });

/** PostgreSQL unique_violation, on either engine (SQLSTATE lives on err.cause.code). */
export function isUniqueViolation(err: unknown): boolean {
  return sqlState(err) === "23505";
}

/** The SQLSTATE of a database error, on either engine and through drizzle's wrapper. */
function sqlState(err: unknown): string | undefined {
  return (err as { code?: string })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;
}

/**
 * A query PostgreSQL cancelled (statement_timeout, SQLSTATE 57014) is the server being overloaded
 * or a query too heavy, not a bug in the request: 503 with a "try again" message, never a 500.
 */
export function isQueryCancelled(err: unknown): boolean {
  return sqlState(err) === "57014";
}

/** The domain error an exception stands for, if any: AppErrors as they are, known database states mapped. */
export function asAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (isQueryCancelled(err)) {
    return new AppError("UNAVAILABLE", "the database cancelled a query that ran too long", {
      details: { retryAfterSeconds: 30 },
      cause: err,
    });
  }
  // The database is restarting or unreachable (db/connection-errors.ts): the request may be tried
  // again in a moment, and nothing it was acknowledged for is lost (docs/decisions/021).
  if (isConnectionError(err)) {
    return new AppError("UNAVAILABLE", "the database is unreachable", {
      messageKey: "limits.databaseUnavailable",
      details: { retryAfterSeconds: RETRY_AFTER_SECONDS },
      cause: err,
    });
  }
  return null;
}

/** The SQLSTATE of a database error, wherever the driver put it (drizzle wraps it in `cause`). */
export function sqlStateOf(err: unknown): string | null {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/**
 * The last line of defence: a database error caused by the values of a request (class 22 "data
 * exception" — bad uuid or date syntax, numbers out of range, strings too long; a reference to a row
 * that does not exist; a duplicate; a query over a program limit, e.g. a huge tsquery) is the caller's
 * 4xx, not our 500. Inputs are validated so these never reach SQL; the fuzz test fails whenever this
 * mapping is what answered (it looks for `details.sqlState`), so each one is fixed at its root.
 */
export function databaseInputError(err: unknown): AppError | null {
  const sqlState = sqlStateOf(err);
  if (!sqlState) return null;
  const options = { details: { sqlState }, cause: err };
  if (sqlState.startsWith("22") || sqlState === "23503" || sqlState === "54000") {
    return new AppError("BAD_REQUEST", "the database refused a value of the request", options);
  }
  if (sqlState === "23505") return new AppError("CONFLICT", "the value is already taken", options);
  return null;
}
