import "server-only";
import { cookies } from "next/headers";

// A success message that outlives the form that caused it: the form often disappears when
// the page re-renders (a join request replaces the join form), so the message travels in a
// short-lived cookie that the layout shows once and the browser then clears.
export const FLASH_COOKIE = "kosmopolit-flash";

export async function setFlash(messageKey: string) {
  (await cookies()).set(FLASH_COOKIE, messageKey, { path: "/", maxAge: 60, sameSite: "lax", httpOnly: false });
}

/** The pending flash key, if it is a well-formed key (the cookie is client-writable). */
export async function readFlash(): Promise<string | null> {
  const value = (await cookies()).get(FLASH_COOKIE)?.value;
  return value && /^[a-zA-Z]{1,40}$/.test(value) ? value : null;
}
