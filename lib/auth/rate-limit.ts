import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db/client";
import { closeRateLimitPool, rateLimitStore } from "@/lib/security/rate-limit-pool";

// Sign-in throttling after rate-limiter-flexible's "login endpoint protection" recipe,
// with counters in PostgreSQL so that every app process sees the same numbers:
// - per IP: 100 failed attempts a day, then that IP waits a day (slows password spraying);
// - per account *and* IP: 10 consecutive failures, then that pair waits 15 minutes, and a
//   success resets it. The owner signing in from their own address is never blocked by an
//   attacker elsewhere, because the lock is on the attacker's address for that account.
const globalForLimiters = globalThis as unknown as { kosmopolitSignInLimiters?: ReturnType<typeof createLimiters> };
const MAX_FAILURES_PER_IP = 100;
const MAX_FAILURES_PER_ACCOUNT_AND_IP = 10;

function createLimiters() {
  const common = rateLimitStore();
  // The library blocks a key on the consume *after* `points`; allowing one failure fewer
  // makes the 10th (100th) failure itself start the block, so there is no 11th attempt.
  return {
    byIp: new RateLimiterPostgres({ ...common, keyPrefix: "signin_ip", points: MAX_FAILURES_PER_IP - 1, duration: 24 * 60 * 60, blockDuration: 24 * 60 * 60 }),
    byAccountAndIp: new RateLimiterPostgres({
      ...common,
      keyPrefix: "signin_acct_ip",
      points: MAX_FAILURES_PER_ACCOUNT_AND_IP - 1,
      duration: 60 * 60,
      blockDuration: 15 * 60,
    }),
  };
}

const limiters = () => (globalForLimiters.kosmopolitSignInLimiters ??= createLimiters());
const accountKey = (email: string, ip: string) => `${email}|${ip}`;

/** Seconds to wait before another attempt is allowed, or 0. */
export async function signInRetryAfter(email: string, ip: string): Promise<number> {
  const { byIp, byAccountAndIp } = limiters();
  const [ipState, accountState] = await Promise.all([byIp.get(ip), byAccountAndIp.get(accountKey(email, ip))]);
  const blocked = (state: RateLimiterRes | null, limit: number) => (state && state.consumedPoints >= limit ? Math.ceil(state.msBeforeNext / 1000) : 0);
  return Math.max(blocked(ipState, MAX_FAILURES_PER_IP), blocked(accountState, MAX_FAILURES_PER_ACCOUNT_AND_IP));
}

export async function recordFailedSignIn(email: string, ip: string) {
  const { byIp, byAccountAndIp } = limiters();
  // A rejection only means the key is now blocked; that is the point.
  await Promise.allSettled([byIp.consume(ip), byAccountAndIp.consume(accountKey(email, ip))]);
}

export async function recordSuccessfulSignIn(email: string, ip: string) {
  await limiters().byAccountAndIp.delete(accountKey(email, ip));
}

/** Closes the limiters' connections (shutdown, scripts). */
export async function closeSignInLimiters() {
  globalForLimiters.kosmopolitSignInLimiters = undefined;
  await closeRateLimitPool();
}

/** Deletes counters whose window has passed (run daily by the job queue); returns how many. */
export async function purgeExpiredRateLimits(now = Date.now()): Promise<number> {
  return getPrisma().rateLimit.deleteMany({ where: { expire: { lt: BigInt(now) } } }).then((result) => result.count);
}
