// TRUSTED_PROXIES and how the client's address is read from the socket and X-Forwarded-For: pure.
import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, type ProxyTrust, resolveClientAddress } from "~/server/auth/trusted-proxies";
import { addressScope } from "~/server/services/rate-limit";

function trust(raw: string): ProxyTrust {
  const parsed = parseTrustedProxies(raw);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("TRUSTED_PROXIES", () => {
  it("accepts nothing, a hop count, or addresses, ranges and names", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ kind: "none" });
    expect(parseTrustedProxies(" ")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    expect(trust("10.0.0.5, 192.168.0.0/16, 2001:db8::/32, loopback, private").kind).toBe("list");
  });

  it("refuses anything it cannot read, rather than trusting too much", () => {
    for (const bad of ["0", "11", "10.0.0.0/33", "proxy.example", "10.0.0.1/8/2", "::1/129", "all"]) {
      expect(parseTrustedProxies(bad), bad).toHaveProperty("error");
    }
  });
});

describe("the client address", () => {
  const none = trust("");

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ peer: "::ffff:203.0.113.7", forwardedFor: "1.2.3.4", trust: none })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: null, forwardedFor: "1.2.3.4", trust: none })).toBeNull();
  });

  it("behind N proxies, is the entry N hops from the right", () => {
    const chain = "6.6.6.6, 203.0.113.7";
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: chain, trust: trust("1") })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: `${chain}, 10.0.0.1`, trust: trust("2") })).toBe("203.0.113.7");
    // A client cannot push the real address out by sending more entries: they land on the left.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "9.9.9.9, 8.8.8.8, 203.0.113.7", trust: trust("1") })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: null, trust: trust("1") })).toBe("10.0.0.2");
  });

  it("with listed proxies, is the right-most address that is not one of them", () => {
    const listed = trust("10.0.0.0/8, loopback");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.7, 10.1.2.3", trust: listed })).toBe("203.0.113.7");
    // A request straight from the internet is not a proxy: its header is ignored.
    expect(resolveClientAddress({ peer: "198.51.100.4", forwardedFor: "6.6.6.6", trust: listed })).toBe("198.51.100.4");
    // A malformed entry where the client should be is unknown, not a free bucket of the client's choosing.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "not-an-ip", trust: listed })).toBeNull();
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "[2001:db8::7]:443", trust: listed })).toBe("2001:db8::7");
  });

  it("normalises what sockets and proxies write", () => {
    expect(normalizeAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("192.0.2.1:5050")).toBe("192.0.2.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("unknown")).toBeNull();
  });
});

describe("the rate-limit scope of an address", () => {
  it("is the address for IPv4, the /64 for IPv6, and nothing for an unknown address", () => {
    expect(addressScope("203.0.113.7")).toBe("203.0.113.7");
    expect(addressScope("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressScope("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressScope("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressScope("::1")).toBe("0:0:0:0::/64");
    expect(addressScope("unknown")).toBeNull();
  });
});
