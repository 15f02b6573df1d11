import drizzle from "eslint-plugin-drizzle";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Files of app/ that still call a service directly, converted one by one (decision 034): the list only
// shrinks — a new file of app/ that imports a service fails lint.
const PAGES_STILL_READING_SERVICES = [
  "app/\\[locale\\]/countries/\\[iso3\\]/opengraph-image.tsx",
  "app/\\[locale\\]/countries/countries-view.tsx",
  "app/\\[locale\\]/measures/\\[slug\\]/as-of/\\[date\\]/page.tsx",
  "app/\\[locale\\]/measures/\\[slug\\]/measure-countries.tsx",
  "app/\\[locale\\]/measures/\\[slug\\]/opengraph-image.tsx",
  "app/api/actions/export/route.ts",
  "app/api/files/\\[id\\]/route.ts",
  "app/api/oembed/route.ts",
  "app/api/v1/datapackage.json/route.ts",
  "app/api/v1/dataset.zip/route.ts",
  "app/api/v1/dataset/\\[resource\\]/route.ts",
  "app/embed/\\[locale\\]/countries/\\[iso3\\]/route.ts",
  "app/embed/\\[locale\\]/measures/\\[slug\\]/route.ts",
];

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
    ignores: PAGES_STILL_READING_SERVICES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^~/server/services/(?!.*(?:\\.types|-schemas)$)",
              message: "app/ reads through serverApi()/publicServerApi() or a server/api adapter, not a service (decision 034).",
            },
          ],
        },
      ],
    },
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
