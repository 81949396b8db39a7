import type { IncomingMessage } from "node:http";
import { getToken } from "next-auth/jwt";
import { findSessionUser, type SessionUser } from "@/lib/auth/service";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The person behind a socket's handshake: the next-auth session cookie decoded with
 * AUTH_SECRET, then checked against the database exactly like a page request (active account,
 * current session version). Null means no session: the connection is refused.
 */
export async function sessionUserOf(request: IncomingMessage): Promise<SessionUser | null> {
  const cookie = request.headers.cookie ?? "";
  if (!cookie) return null;
  const token = await getToken({
    req: { headers: { cookie } },
    secret: process.env.AUTH_SECRET,
    secureCookie: cookie.includes(SECURE_COOKIE),
  });
  if (typeof token?.uid !== "string" || typeof token.sv !== "number") return null;
  return findSessionUser(token.uid, token.sv);
}
