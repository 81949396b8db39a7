import { NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { contentSecurityPolicy } from "@/lib/security/csp";

const intl = createIntlMiddleware(routing);

// Pages that only make sense signed in. This is an optimistic redirect for a smoother
// experience; every page and service checks the session itself.
const signedInOnly = /^\/(en|sv|ar)\/(account|notifications|introductions|directory|admin|networks\/new|networks\/[^/]+\/(manage|members)|knowledge\/(new|mine)|knowledge\/[^/]+\/edit|events\/[^/]+\/edit|networks\/[^/]+\/events\/new)(\/|$)/;
const hasSessionCookie = (request: NextRequest) =>
  request.cookies.has("authjs.session-token") || request.cookies.has("__Secure-authjs.session-token");

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (signedInOnly.test(pathname) && !hasSessionCookie(request)) {
    const locale = pathname.split("/")[1];
    const url = new URL(`/${locale}/sign-in`, request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but the API, Next's assets and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
