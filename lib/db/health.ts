import "server-only";
import { getPrisma } from "./client";

/** True when the database answers within two seconds. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await Promise.race([
      getPrisma().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
