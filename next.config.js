// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");
const isDev = process.env.NODE_ENV !== "production";

// Inline scripts are allowed because Next's streaming runtime needs them and a per-request nonce
// would make every page dynamic; everything else is locked to our own origin.
const cspDirectives = (frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join("; ");
const contentSecurityPolicy = cspDirectives("'none'");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Only the embeddable cards (/embed/*, docs/decisions/026) may be framed, by any site: they carry
// no script and no session-dependent content. Every other page keeps refusing frames.
const embedHeaders = [
  { key: "Content-Security-Policy", value: cspDirectives("*") },
  ...securityHeaders.filter((h) => !["Content-Security-Policy", "X-Frame-Options"].includes(h.key)),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  // `next dev` serves its client scripts to localhost only; without this, a page opened at
  // http://127.0.0.1:<port> never hydrates (forms fall back to plain HTML submits).
  allowedDevOrigins: ["localhost", "127.0.0.1"],
  experimental: { authInterrupts: true },
  // Native and WASM packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@redis/client", "postgres", "unpdf"],
  // One cache for every instance when REDIS_URL is set; Next's own file cache otherwise. The choice is
  // made when the server starts, not at build time, so one build serves both (decision 020).
  cacheHandler: fileURLToPath(new URL("./server/cache/next-cache-handler.mjs", import.meta.url)),
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  async headers() {
    return [
      { source: "/", headers: securityHeaders },
      { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders },
      { source: "/embed/:path*", headers: embedHeaders },
      {
        // HSTS only when the request reached us over HTTPS (through the reverse proxy).
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
