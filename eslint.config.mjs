import drizzle from "eslint-plugin-drizzle";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The one file of app/ that may await the database's start-up itself: health reports readiness.
// Everywhere else the callers, adapters and session helpers in server/ await it (decision 034).
const APP_FILES_ENSURING_THE_DATABASE = ["app/api/v1/health/route.ts"];

const SERVICE_IMPORT = {
  regex: "^~/server/services/(?!.*(?:\\.types|-schemas)$)",
  message: "app/ reads through serverApi()/publicServerApi() or a server/api adapter, not a service (decision 034).",
};
const ENSURE_IMPORT = {
  name: "~/server/bootstrap",
  importNames: ["ensureDatabaseReady"],
  message: "Start-up and the callers (serverApi, publicServerApi, anonymousApi) already await the database; app/ does not (decision 034).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // Updates and deletes always carry a where clause (STYLE.md, Drizzle).
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The layers: app → components → server → db. A layer imports only the layers below it, so db/
    // imports nothing of ours above it and nothing imports app/ (docs/decisions/019).
    files: ["**/*.{ts,tsx,mts,mjs}"],
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./db", from: ["./server", "./components", "./app"], message: "db/ is the bottom layer: it imports nothing above it." },
            { target: "./server", from: ["./components", "./app"], message: "server/ must not import components/ or app/ (layers: app → components → server → db)." },
            { target: "./components", from: "./app", message: "components/ must not import app/ (layers: app → components → server → db)." },
          ],
        },
      ],
    },
  },
  {
    // Dependencies point one way: components never reach into the database or the services.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["~/db/client", "~/server/services/*", "~/server/services/**"], message: "components/ must not import db/ or services/" }] },
      ],
    },
  },
  {
    // Pages and route handlers read through the server callers (serverApi, publicServerApi) or an HTTP
    // adapter in server/api/, never a service: one way to read, with the procedure's permission and
    // output schema on the way (docs/decisions/034). A procedure's contract — its `*.types.ts` and
    // `*-schemas.ts`, pure zod — is shared by both sides of the call and may be imported.
    files: ["app/**/*.{ts,tsx}"],
    ignores: APP_FILES_ENSURING_THE_DATABASE,
    rules: { "no-restricted-imports": ["error", { paths: [ENSURE_IMPORT], patterns: [SERVICE_IMPORT] }] },
  },
  {
    files: APP_FILES_ENSURING_THE_DATABASE,
    rules: { "no-restricted-imports": ["error", { patterns: [SERVICE_IMPORT] }] },
  },
  {
    files: ["server/services/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["next", "next/*", "@trpc/*"], message: "services must not depend on Next or tRPC" }] }],
    },
  },
  {
    // Playwright fixtures call their own `use`, which is not a React hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  { ignores: [".next/**", ".data/**", "node_modules/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
