"use client";
import { useEffect } from "react";

const FLASH_COOKIE = "kosmopolit-flash"; // as in lib/flash.ts (server-only)

/** Shows the flash once: the cookie is cleared as soon as it has been rendered. */
export function FlashMessage({ message }: { message: string }) {
  useEffect(() => {
    document.cookie = `${FLASH_COOKIE}=; Max-Age=0; path=/; SameSite=Lax`;
  }, [message]);
  return <p className="mb-6 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">{message}</p>;
}
