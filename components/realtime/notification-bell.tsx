"use client";
import { useEffect, useRef, useState } from "react";
import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { unreadNotificationsAction } from "@/app/[locale]/notifications/actions";
import { useRealtime } from "./socket-provider";

/**
 * The bell in the header with the number of unread notifications. It starts from the count the
 * server rendered, follows the socket's `notifications` event (a new notification, or some
 * read in another tab) without a reload, and takes the server's count again whenever the
 * header is rendered anew (after marking read, or a refresh).
 */
export function NotificationBell({ serverUnread }: { serverUnread: number }) {
  const t = useTranslations("nav");
  const { socket } = useRealtime();
  const [unread, setUnread] = useState(serverUnread);
  const [seenServerUnread, setSeenServerUnread] = useState(serverUnread);
  // Said to screen readers only when the count rises live; a rendered count is in the name.
  const [announcement, setAnnouncement] = useState("");
  const [live, setLive] = useState(false);
  // Bumped by every pushed count, so a slower fetch started before it cannot overwrite it.
  const pushes = useRef(0);
  const shown = useRef(unread);
  useEffect(() => {
    shown.current = unread;
  }, [unread]);

  if (seenServerUnread !== serverUnread) {
    // State derived from a changed prop, adjusted while rendering (React's recommended pattern).
    setSeenServerUnread(serverUnread);
    setUnread(serverUnread);
  }

  useEffect(() => {
    if (!socket) return;
    const show = (count: number) => {
      if (count > shown.current) setAnnouncement(t("notificationsUnread", { count }));
      shown.current = count;
      setUnread(count);
    };
    const onCount = ({ unread: count }: { unread: number }) => {
      pushes.current++;
      show(count);
    };
    // Pushes are not replayed: whatever arrived before this socket (re)connected — between the
    // server render and the first connection, or during a drop — is fetched once instead.
    const onConnect = () => {
      setLive(true);
      const before = pushes.current;
      unreadNotificationsAction()
        .then((count) => {
          if (typeof count === "number" && pushes.current === before) show(count);
        })
        .catch(() => {}); // the next push or render brings the count anyway
    };
    const onDisconnect = () => setLive(false);
    socket.on("notifications", onCount);
    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) onConnect();
    return () => {
      socket.off("notifications", onCount);
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
    };
  }, [socket, t]);

  return (
    <>
      <Link
        href="/notifications"
        className="relative rounded-lg p-2 text-slate-700 hover:bg-slate-100"
        aria-label={unread > 0 ? t("notificationsUnread", { count: unread }) : t("notifications")}
        data-live={live ? "true" : undefined}
      >
        <Bell aria-hidden="true" className="size-5" />
        {unread > 0 && (
          <span aria-hidden="true" data-testid="unread-count" className="absolute -end-0.5 -top-0.5 min-w-5 rounded-full bg-accent-500 px-1 text-center text-xs font-semibold text-slate-950">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Link>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
