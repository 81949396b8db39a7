import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { rateLimitStore } from "@/lib/security/rate-limit-pool";
import { SEND_LIMIT } from "./rules";

// Counted in PostgreSQL (rate_limits), so a person with tabs on several app processes still
// gets SEND_LIMIT in all, and the count is atomic under concurrent sends.
const globalForLimiter = globalThis as unknown as { kosmopolitChatSendLimiter?: RateLimiterPostgres };

const limiter = () =>
  (globalForLimiter.kosmopolitChatSendLimiter ??= new RateLimiterPostgres({ ...rateLimitStore(), keyPrefix: "chat_send", points: SEND_LIMIT.points, duration: SEND_LIMIT.seconds }));

/** Takes one message from the person's allowance; RATE_LIMITED when it is spent. */
export async function consumeSendAllowance(userId: string) {
  try {
    await limiter().consume(userId);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError("RATE_LIMITED", "chatTooFast");
    throw error;
  }
}
