import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";

// One-click unsubscribe links (RFC 8058) work without signing in, so the link itself carries
// who and what, signed with a key derived from AUTH_SECRET (HMAC-SHA256) and valid for a
// limited time. Nothing is stored: a forged, altered or expired token is simply refused.

export const UNSUBSCRIBE_TOKEN_DAYS = 180;

const payloadSchema = z.object({ u: z.string().min(1).max(64), k: z.string().min(1).max(64), e: z.number().int() });
export type UnsubscribeClaim = { userId: string; kind: string };

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "kosmopolit", "unsubscribe-link", 32));
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function createUnsubscribeToken({ userId, kind }: UnsubscribeClaim, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, k: kind, e: Math.floor(now / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400 })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The claim of a genuine, unexpired token; null for anything else. */
export function readUnsubscribeToken(token: unknown, now = Date.now()): UnsubscribeClaim | null {
  if (typeof token !== "string" || token.length > 512) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed;
  try {
    parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  } catch {
    return null;
  }
  if (!parsed.success || parsed.data.e * 1000 < now) return null;
  return { userId: parsed.data.u, kind: parsed.data.k };
}
