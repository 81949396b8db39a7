"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { cn } from "@/components/ui/cn";
import { useRealtime } from "./socket-provider";

/** "Chat" in the navigation with the live total of unread messages, also in its accessible name. */
export function ChatNavLink() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const { totalUnread } = useRealtime();
  const active = pathname === "/chat" || pathname.startsWith("/chat/");
  return (
    <Link
      href="/chat"
      aria-current={active ? "page" : undefined}
      aria-label={totalUnread > 0 ? t("chatUnread", { count: totalUnread }) : t("chat")}
      className={cn(
        "inline-flex items-center gap-1.5 whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium",
        active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      {t("chat")}
      {totalUnread > 0 && (
        <span aria-hidden="true" data-testid="chat-unread-total" className="min-w-5 rounded-full bg-accent-500 px-1.5 text-center text-xs font-semibold text-slate-950">
          {totalUnread > 99 ? "99+" : totalUnread}
        </span>
      )}
    </Link>
  );
}
