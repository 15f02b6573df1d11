// How much one request to /api/trpc may ask of the server. Dependency-free: the route handler
// enforces it and the browser client (components/trpc/provider.tsx) obeys it, so they cannot drift.
// The numbers and their reasons: docs/decisions/017-client-address-and-abuse-limits.md.

/** Calls in one batch. The client batches at most this many; larger batches are refused with 400. */
export const MAX_BATCH_SIZE = 10;

/**
 * Procedures that hash a password, send mail, or read, write or build many rows: each must travel
 * alone, so one request can never multiply their cost. A batch naming one of them (with anything
 * else) is refused before any procedure runs.
 */
export const UNBATCHED_PROCEDURES: ReadonlySet<string> = new Set([
  "account.acceptInvitation",
  "account.requestPasswordReset",
  "account.resetPassword",
  "users.invite",
  "records.export",
  "actions.export",
  "records.import",
  "records.importDryRun",
  // Up to 50 decisions, each its own transaction with progress recomputation and notifications.
  "records.decideMany",
  "records.uploadEvidence",
  "documents.preview",
  "documents.create",
]);

const MB = 1024 * 1024;

/** Every tRPC request body: far above any form (the longest text fields are a few hundred KB). */
export const DEFAULT_TRPC_BODY_BYTES = 1 * MB;

/**
 * Procedures that carry a file, as base64 inside JSON (4/3 of the file, plus the JSON around it).
 * The limit applies only to a signed-in caller: an anonymous one gets the default, since the
 * procedure would refuse them anyway (UNAUTHORIZED) and they should not make us read 28 MB for it.
 */
export const LARGE_BODY_PROCEDURES: ReadonlyMap<string, number> = new Map([
  // Evidence files up to 20 MB (server/services/uploads/evidence-files.ts).
  ["records.uploadEvidence", 28 * MB],
  // Reference documents up to 8 MB (server/services/documents/document-schemas.ts).
  ["documents.preview", 12 * MB],
  ["documents.create", 12 * MB],
  // CSV of up to 5,000,000 characters (server/services/records/import-records.ts), JSON-escaped.
  ["records.import", 16 * MB],
  ["records.importDryRun", 16 * MB],
]);

/** The procedure paths a request names: `/api/trpc/a.b,c.d` → ["a.b", "c.d"]. */
export function trpcPaths(pathname: string, endpoint = "/api/trpc"): string[] {
  const rest = pathname.startsWith(`${endpoint}/`) ? pathname.slice(endpoint.length + 1) : "";
  return decodeURIComponent(rest).split(",").filter(Boolean);
}

/** Why a call list must be refused before anything runs, or null. */
export function batchRefusal(paths: string[]): string | null {
  if (paths.length > MAX_BATCH_SIZE) return `a batch may hold at most ${MAX_BATCH_SIZE} calls`;
  if (paths.length > 1) {
    const alone = paths.find((p) => UNBATCHED_PROCEDURES.has(p));
    if (alone) return `${alone} cannot be batched`;
  }
  return null;
}

export function bodyLimitFor(paths: string[], signedIn: boolean): number {
  if (!signedIn || paths.length !== 1) return DEFAULT_TRPC_BODY_BYTES;
  return LARGE_BODY_PROCEDURES.get(paths[0]!) ?? DEFAULT_TRPC_BODY_BYTES;
}
