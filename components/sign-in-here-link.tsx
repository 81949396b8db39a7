"use client";
import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

/** A sign-in link that returns to this page; not-found pages get no route params, so the path comes from the browser. */
export function SignInHereLink({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const locale = useLocale();
  return (
    <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}${pathname}` } }} className="font-medium text-brand-800 underline">
      {children}
    </Link>
  );
}
