import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { authenticate } from "./service";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** Set by server.ts from the socket (or a trusted proxy), never by the client. */
const CLIENT_IP_HEADER = "x-kosmopolit-client-ip";

// JWT sessions (Credentials require them). A token carries the user's session version; the
// data-access layer (current-user.ts) compares it with the database on every request, so
// sign-out-everywhere, removal and deletion take effect at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an expected outcome, not a server error worth a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const ip = request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
        try {
          const user = await authenticate({ email: credentials.email, password: credentials.password }, ip);
          if (!user) throw new InvalidCredentials();
          return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new SignInRateLimited();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
});

declare module "next-auth" {
  interface Session {
    sessionVersion: number;
  }
}
