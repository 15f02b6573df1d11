// Which hops in front of the app may speak for the client (TRUSTED_PROXIES). Parsed once; pure.
import { BlockList, isIP } from "node:net";

/** Who may add to X-Forwarded-For: nobody (the app faces the internet), N hops, or listed addresses. */
export type ProxyTrust =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "list"; list: BlockList; source: string };

const NAMED_RANGES: Record<string, Array<[string, number, "ipv4" | "ipv6"]>> = {
  loopback: [
    ["127.0.0.0", 8, "ipv4"],
    ["::1", 128, "ipv6"],
  ],
  private: [
    ["10.0.0.0", 8, "ipv4"],
    ["172.16.0.0", 12, "ipv4"],
    ["192.168.0.0", 16, "ipv4"],
    ["fc00::", 7, "ipv6"],
  ],
};

const MAX_HOPS = 10;

/**
 * "" → none; "1".."10" → that many proxies in front; otherwise a comma-separated list of addresses,
 * CIDR ranges and the names `loopback` / `private`. Returns an error message for anything else, so
 * env.ts can refuse to start with a typo (a mistyped list must not silently trust everyone).
 */
export function parseTrustedProxies(raw: string | undefined): ProxyTrust | { error: string } {
  const text = (raw ?? "").trim();
  if (text === "") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > MAX_HOPS) return { error: `a hop count must be between 1 and ${MAX_HOPS}` };
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const named = NAMED_RANGES[entry];
    if (named) {
      for (const [net, prefix, type] of named) list.addSubnet(net, prefix, type);
      continue;
    }
    const [address, prefixText, extra] = entry.split("/");
    const type = isIP(address ?? "");
    if (!address || !type || extra !== undefined) return { error: `"${entry}" is not an address or CIDR range` };
    const family = type === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      list.addAddress(address, family);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (type === 4 ? 32 : 128)) {
      return { error: `"${entry}" has an invalid prefix length` };
    }
    list.addSubnet(address, prefix, family);
  }
  return { kind: "list", list, source: text };
}

/** An address as the socket or a proxy wrote it, without IPv4-mapped prefix, brackets or port; null if not an IP. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? "").trim();
  if (!value) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (v4WithPort) value = v4WithPort[1]!;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value.toLowerCase() : null;
}

function isTrusted(list: BlockList, address: string) {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket peer, unless trusted proxies stand in front, in which case walk
 * X-Forwarded-For from the right (each proxy appends the address it saw) past the trusted hops.
 * The left-most entries are whatever the client chose to send, so they are never read blindly.
 * Null when it cannot be known (no peer address, or a malformed entry where the client should be).
 */
export function resolveClientAddress(opts: {
  peer: string | null | undefined;
  forwardedFor: string | null | undefined;
  trust: ProxyTrust;
}): string | null {
  const peer = normalizeAddress(opts.peer);
  if (!peer) return null;
  if (opts.trust.kind === "none") return peer;
  const forwarded = (opts.forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const chain = [...forwarded, peer];
  if (opts.trust.kind === "hops") {
    return normalizeAddress(chain[Math.max(chain.length - 1 - opts.trust.hops, 0)]);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = normalizeAddress(chain[i]);
    if (!address) return null;
    if (!isTrusted(opts.trust.list, address)) return address;
  }
  return normalizeAddress(chain[0]);
}
