import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// One client per process. The URL is read on first use because server.ts sets
// DATABASE_URL only after it has started the embedded database.
const globalForPrisma = globalThis as unknown as { kosmopolitPrisma?: PrismaClient };

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app through server.ts or set it.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }) });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.kosmopolitPrisma ??= createClient();
  return globalForPrisma.kosmopolitPrisma;
}

export async function disconnectPrisma() {
  await globalForPrisma.kosmopolitPrisma?.$disconnect();
  globalForPrisma.kosmopolitPrisma = undefined;
}

export type { PrismaClient };
