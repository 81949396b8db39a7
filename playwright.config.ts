import { defineConfig, devices } from "@playwright/test";
import { SMTP_PORT } from "./e2e/mailbox";

// End-to-end tests drive a production build on a fresh embedded database (.data/e2e,
// seeded with the demo data on first start) in Debian's Chromium. Its emails go to a real SMTP
// server started by e2e/global-setup.ts, which keeps them in .data/e2e-mail for the tests.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`; // Auth.js's CSRF check wants "localhost", not 127.0.0.1

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  globalSetup: "./e2e/global-setup.ts",
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npm start",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port), KOSMOPOLIT_DATA_DIR: ".data/e2e", SKIP_BUILD: process.env.SKIP_BUILD ?? "0", DATABASE_URL: "", SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` },
  },
});
