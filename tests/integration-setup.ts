import { afterAll, inject } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789";

afterAll(async () => {
  await disconnectPrisma();
});
