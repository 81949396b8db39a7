// Absolute links for emails, which have no request to take an origin from: AUTH_URL (the
// site's public address, see README) or, in development, the local server.
export function siteOrigin(): string {
  return (process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** `/networks/x` in `locale` as an absolute URL. */
export const pageUrl = (locale: string, path: string) => `${siteOrigin()}/${locale}${path.startsWith("/") ? path : `/${path}`}`;

/** The one-click unsubscribe endpoint (GET shows a confirmation page, POST unsubscribes; RFC 8058). */
export const unsubscribeUrl = (token: string) => `${siteOrigin()}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`;

/** The page where a person chooses how each kind of notification reaches them. */
export const preferencesUrl = (locale: string) => pageUrl(locale, "/account/notifications");
