"use client";
import { useEffect } from "react";
import { CalendarDays, MessageCircle, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRealtime } from "@/components/realtime/socket-provider";
import { cn } from "@/components/ui/cn";
import { Link, useRouter } from "@/i18n/navigation";
import type { ChannelKind, ChannelSummary } from "@/lib/realtime/events";

const GROUPS: { kind: ChannelKind; icon: typeof Users }[] = [
  { kind: "NETWORK", icon: Users },
  { kind: "EVENT", icon: CalendarDays },
  { kind: "DIRECT", icon: MessageCircle },
];

/**
 * The signed-in user's channels in three groups, each with its live unread count. The server's
 * counts stand until the socket has sent its own; a changed set of channels reloads the list.
 */
export function ChannelList({ channels, activeId }: { channels: ChannelSummary[]; activeId?: string }) {
  const t = useTranslations("chat");
  const router = useRouter();
  const { socket, unread } = useRealtime();

  useEffect(() => {
    if (!socket) return;
    const refresh = () => router.refresh();
    socket.on("channels:changed", refresh);
    return () => {
      socket.off("channels:changed", refresh);
    };
  }, [socket, router]);

  return (
    <nav aria-label={t("channels")} className="space-y-5">
      {GROUPS.map(({ kind, icon: Icon }) => {
        const group = channels.filter((channel) => channel.kind === kind);
        const headingId = `chat-group-${kind.toLowerCase()}`;
        return (
          <section key={kind} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-1.5 px-2 text-xs font-semibold uppercase tracking-wide text-slate-700">
              {t(`group.${kind}`)}
            </h2>
            {group.length === 0 ? (
              <p className="px-2 text-sm text-slate-700">{t(`groupEmpty.${kind}`)}</p>
            ) : (
              <ul className="space-y-0.5">
                {group.map((channel) => {
                  const count = unread[channel.id] ?? channel.unread;
                  const active = channel.id === activeId;
                  return (
                    <li key={channel.id}>
                      <Link
                        href={`/chat/${channel.id}`}
                        aria-current={active ? "page" : undefined}
                        aria-label={count > 0 ? t("channelUnread", { name: channel.name, count }) : channel.name}
                        data-testid="chat-channel-link"
                        className={cn(
                          "flex items-center gap-2 rounded-lg px-2 py-2 text-sm",
                          active ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-800 hover:bg-slate-100",
                          count > 0 && !active && "font-semibold",
                        )}
                      >
                        <Icon aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
                        <span className="min-w-0 flex-1 truncate">{channel.name}</span>
                        {count > 0 && (
                          <span aria-hidden="true" className="min-w-5 rounded-full bg-accent-500 px-1.5 text-center text-xs font-semibold text-slate-950">
                            {count > 99 ? "99+" : count}
                          </span>
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </nav>
  );
}
