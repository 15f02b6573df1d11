// Which database errors mean "the server is unreachable" rather than "this query is wrong", and of
// those, which happened before anything was sent (so running the statement again cannot apply it twice).

/** Could not even connect: nothing of the statement reached the server. */
const NOT_CONNECTED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECT_TIMEOUT", // postgres.js
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "08001", // sqlclient_unable_to_establish_sqlconnection
  "08004", // sqlserver_rejected_establishment_of_sqlconnection
]);

/** The connection broke while in use: a statement on it may or may not have been applied. */
const CONNECTION_LOST = new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "CONNECTION_CLOSED", // postgres.js: the server closed the socket
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown: `pg_ctl stop/restart -m fast` terminates every backend
  "57P02", // crash_shutdown
  "08000", // connection_exception
  "08003", // connection_does_not_exist
  "08006", // connection_failure
]);

/** The codes on an error and its causes (drizzle wraps the driver's error in `cause`). */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
  }
  return codes;
}

/** The database could not be reached, or dropped the connection: a 503, never a 500. */
export function isConnectionError(err: unknown): boolean {
  return codesOf(err).some((code) => NOT_CONNECTED.has(code) || CONNECTION_LOST.has(code));
}

/** The database could not be reached at all: the statement was never sent. */
export function isNotConnectedError(err: unknown): boolean {
  return codesOf(err).some((code) => NOT_CONNECTED.has(code));
}
