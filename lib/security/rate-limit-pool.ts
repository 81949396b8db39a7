import pg from "pg";

// The connection pool of rate-limiter-flexible's RateLimiterPostgres counters (table
// rate_limits): one per process, shared by every limiter, so that all app processes count
// together. Small: each check is one short statement.
const globalForPool = globalThis as unknown as { kosmopolitRateLimitPool?: pg.Pool };

export function rateLimitPool(): pg.Pool {
  if (!globalForPool.kosmopolitRateLimitPool) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool opens a new one on the next query.
    pool.on("error", (error) => console.warn("[rate-limit] idle database connection lost:", error.message));
    globalForPool.kosmopolitRateLimitPool = pool;
  }
  return globalForPool.kosmopolitRateLimitPool;
}

/** The options every RateLimiterPostgres of the project shares. */
export const rateLimitStore = () => ({ storeClient: rateLimitPool(), storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false });

/** Closes the pool (shutdown, scripts); limiters created before must not be used afterwards. */
export async function closeRateLimitPool() {
  const pool = globalForPool.kosmopolitRateLimitPool;
  globalForPool.kosmopolitRateLimitPool = undefined;
  await pool?.end();
}
