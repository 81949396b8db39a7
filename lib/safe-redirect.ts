/** Only same-site paths may be returned to after sign-in; anything else goes home. */
export function safeReturnPath(value: unknown, locale: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return `/${locale}`;
  // Browsers drop tabs and newlines from URLs, so "/\t/evil.com" would become "//evil.com".
  if (value.length > 500 || /[\u0000-\u001f\u007f]/.test(value)) return `/${locale}`;
  return value;
}
