import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      // Prisma in app/ would bypass the services' authorization: see DESIGN.md.
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db/client", message: "Call a lib/<domain> service instead." }] }],
    },
  },
  {
    files: ["lib/**", "prisma/**", "scripts/**", "tests/**", "server.ts", "bench/**", "e2e/**", "**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
