// The client's address for rate limits and the audit log: the socket peer, or what trusted proxies
// (TRUSTED_PROXIES) report in X-Forwarded-For. Never a header the client alone controls.
import { env } from "~/server/env";
import { logger } from "~/server/logger";
import { PEER_ADDRESS_HEADER } from "./peer-address";
import { parseTrustedProxies, type ProxyTrust, resolveClientAddress } from "./trusted-proxies";

/** What a request without a knowable address is counted as: never in a shared per-address bucket. */
export const UNKNOWN_ADDRESS = "unknown";

let trust: ProxyTrust | null = null;
let warned = false;

function proxyTrust(): ProxyTrust {
  if (!trust) {
    const parsed = parseTrustedProxies(env.TRUSTED_PROXIES);
    // env.ts has validated the value already; this only narrows the type.
    trust = "error" in parsed ? { kind: "none" } : parsed;
  }
  return trust;
}

export function clientIp(headers: Headers): string {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (!peer && !warned) {
    warned = true;
    logger.warn("client_address.no_peer", { hint: "instrumentation.ts did not install the peer-address hook" });
  }
  return resolveClientAddress({ peer, forwardedFor: headers.get("x-forwarded-for"), trust: proxyTrust() }) ?? UNKNOWN_ADDRESS;
}
