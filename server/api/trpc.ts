// tRPC: context → init → procedures. Every procedure is built from one of the factories below,
// so each one declares who may call it.
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/db/locales";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { type Permission, type Viewer, can } from "~/server/auth/policy";
import { AppError, asAppError, databaseInputError, errorMapping } from "~/server/errors";
import { dbHandle } from "~/db/client";
import { readingFromReplica } from "~/db/read-routing";
import { revalidatePublicPages } from "~/server/cache/revalidate";
import { logger } from "~/server/logger";
import { lookupMessage } from "~/server/i18n/translator";
import { localizeZodError } from "~/server/validation/localize-zod-error";
import { enrolmentRequired } from "~/server/services/two-factor/errors";
import { findUnsafeText, unsafeTextError } from "~/server/validation/safe-text";

export interface TRPCContext {
  viewer: Viewer | null;
  requestId: string;
  locale: Locale;
  ip: string;
}

export function createTRPCContext(opts: {
  viewer: Viewer | null;
  requestId?: string;
  locale?: string | null;
  ip?: string;
}): TRPCContext {
  return {
    viewer: opts.viewer,
    requestId: opts.requestId ?? crypto.randomUUID(),
    locale: isLocale(opts.locale) ? opts.locale : (opts.viewer?.locale ?? DEFAULT_LOCALE),
    ip: opts.ip ?? "unknown",
  };
}

/**
 * Per-procedure metadata. `anonymousOutput` is the allow-list of what a caller who is not signed in
 * receives: a procedure reachable anonymously must name one (see publicProcedure).
 */
export interface TRPCMeta {
  anonymousOutput?: z.ZodType;
}

const t = initTRPC.context<TRPCContext>().meta<TRPCMeta>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const zod = cause instanceof ZodError ? cause : null;
    const app = cause instanceof AppError ? cause : null;
    // Never send a stack trace to a client.
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Internal server error" : shape.message,
      data: {
        ...data,
        requestId: ctx?.requestId,
        appCode: app?.code ?? (zod ? "VALIDATION" : null),
        messageKey: app?.messageKey ?? (zod ? "validation" : null),
        details: app?.details ?? null,
        fieldErrors: zod
          ? localizeZodError(zod, ctx?.locale ?? "zh")
          : app?.fields
            ? Object.fromEntries(
                Object.entries(app.fields).map(([field, key]) => [field, [lookupMessage(ctx?.locale ?? "zh", key) ?? key]]),
              )
            : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns domain errors into tRPC errors, and logs the unexpected ones with the request id. */
const errorBoundary = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const err = result.error;
    const cause = asAppError(err.cause);
    if (cause) {
      if (cause.code === "UNAVAILABLE") logger.warn("trpc.unavailable", { requestId: ctx.requestId, path, type, reason: cause.message });
      throw new TRPCError({ code: errorMapping[cause.code].trpc, message: cause.message, cause });
    }
    const refused = err.code === "INTERNAL_SERVER_ERROR" ? databaseInputError(err.cause) : null;
    if (refused) {
      logger.warn("trpc.database_refused_input", { requestId: ctx.requestId, path, sqlState: refused.details?.sqlState });
      throw new TRPCError({ code: errorMapping[refused.code].trpc, message: refused.message, cause: refused });
    }
    if (err.code === "INTERNAL_SERVER_ERROR") {
      logger.error("trpc.unexpected", { requestId: ctx.requestId, path, type, error: err.cause ?? err });
    }
  }
  return result;
});

/**
 * Public outputs are allow-lists: an anonymous caller's answer is parsed through the procedure's
 * `meta.anonymousOutput` schema (zod objects drop every key they do not name), after the procedure's
 * own `.output()`. A procedure without one answers anonymous callers with an error, never with data:
 * forgetting the schema fails closed. Signed-in callers are untouched here.
 */
const anonymousAllowList = t.middleware(async ({ ctx, meta, next }) => {
  const result = await next();
  if (!result.ok || ctx.viewer) return result;
  if (!meta?.anonymousOutput) {
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "No public shape for this procedure" });
  }
  return { ...result, data: meta.anonymousOutput.parse(result.data) };
});

const boundedProcedure = t.procedure.use(errorBoundary);

/**
 * Someone who must have a second factor and has none yet is signed in only to set one up
 * (docs/decisions/014): every procedure but the enrolment ones refuses them, with a clear message.
 */
const secondFactorGate = t.middleware(({ ctx, next }) => {
  if (ctx.viewer?.mustEnrolTwoFactor) throw enrolmentRequired();
  return next();
});

/** Text PostgreSQL cannot hold (NUL, lone surrogates) is refused for every procedure, before its input schema. */
const safeTextBoundary = t.middleware(async ({ next, getRawInput }) => {
  const unsafe = findUnsafeText(await getRawInput());
  if (unsafe) throw new TRPCError({ code: "BAD_REQUEST", message: "Unsafe text in input", cause: unsafeTextError(unsafe) });
  return next();
});

/**
 * An anonymous query reads only published data and has no writes of its own to see, so its reads may
 * go to a read replica (decision 020). Signed-in callers and every mutation stay on the primary.
 */
const anonymousReadsFromReplica = t.middleware(({ ctx, type, next }) =>
  !ctx.viewer && type === "query" ? readingFromReplica(() => next()) : next(),
);

export const publicProcedure = boundedProcedure
  .use(safeTextBoundary)
  .use(secondFactorGate)
  .use(anonymousAllowList)
  .use(anonymousReadsFromReplica);

/**
 * For mutations that change what public (cached) pages show: after success, drop those pages on every
 * instance — once the read replicas have the change, so the re-rendered page cannot come from one
 * that has not replayed it yet.
 */
export const revalidatesPublicPages = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) {
    await dbHandle().replicas.waitForCatchUp();
    revalidatePublicPages(path);
  }
  return result;
});

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  }
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

/** The second-factor enrolment itself: signed in, and reachable before the enrolment is done. */
export const enrolmentProcedure = boundedProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  }
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

/**
 * A procedure only callers holding `action` may reach. Resource-level checks (whose record is it?)
 * happen again in the service, in the query's `where` clause.
 */
export function permissionProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.viewer, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Not allowed: ${permission}` });
    }
    return next();
  });
}

/** The shared shape of list inputs: 1-based page, at most 500 per page. */
export const ZPageInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
