import drizzle from "eslint-plugin-drizzle";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
