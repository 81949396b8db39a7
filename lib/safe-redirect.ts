/** Only same-site paths may be returned to after sign-in; anything else goes home. */
export function safeReturnPath(value: unknown, locale: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return `/${locale}`;
  if (value.length > 500 || /[\r\n]/.test(value)) return `/${locale}`;
  return value;
}
