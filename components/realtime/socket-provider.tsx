"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { connectChatSocket, type ChatSocket } from "@/lib/realtime/client";

export type ConnectionStatus = "connecting" | "connected" | "offline";

interface RealtimeValue {
  socket: ChatSocket | null;
  status: ConnectionStatus;
  userId: string | null;
  /** Unread messages per channel id, as far as this tab knows. */
  unread: Record<string, number>;
  totalUnread: number;
  setUnread: (channelId: string, count: number) => void;
  /** A channel view registers while it is on screen, so messages there do not count as unread. */
  registerOpenChannel: (channelId: string) => () => void;
}

const RealtimeContext = createContext<RealtimeValue>({
  socket: null,
  status: "offline",
  userId: null,
  unread: {},
  totalUnread: 0,
  setUnread: () => {},
  registerOpenChannel: () => () => {},
});

export const useRealtime = () => useContext(RealtimeContext);

/**
 * One Socket.IO connection per tab for a signed-in user, kept for as long as the layout lives
 * (client-side navigation does not reconnect). It keeps the unread counts for the navigation
 * badge and the channel list. Signed out (`userId` null), there is no connection at all.
 */
export function SocketProvider({ userId, children }: { userId: string | null; children: React.ReactNode }) {
  const [socket, setSocket] = useState<ChatSocket | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [unread, setUnreadMap] = useState<Record<string, number>>({});
  // Counted per id, so two views of one channel (none today) would not unregister each other.
  const openChannels = useRef(new Map<string, number>());

  useEffect(() => {
    if (!userId) return;
    const connection = connectChatSocket();
    const onConnect = () => setStatus("connected");
    const onDisconnect = () => setStatus(navigator.onLine ? "connecting" : "offline");
    const onUnread = ({ counts }: { counts: Record<string, number> }) => setUnreadMap((previous) => ({ ...previous, ...counts }));
    const onMessage = (message: { channelId: string; author: { id: string } }) => {
      if (message.author.id === userId) return;
      const watched = openChannels.current.has(message.channelId) && document.visibilityState === "visible";
      if (watched) return; // the open view marks it read
      setUnreadMap((previous) => ({ ...previous, [message.channelId]: (previous[message.channelId] ?? 0) + 1 }));
    };
    // The browser knows about a lost network long before a ping times out: drop the socket at
    // once so the UI says so and resumes cleanly (with replay from the last sequence) when back.
    const goOffline = () => {
      connection.disconnect();
      setStatus("offline");
    };
    const goOnline = () => {
      setStatus("connecting");
      connection.connect();
    };
    connection.on("connect", onConnect);
    connection.on("disconnect", onDisconnect);
    connection.on("unread", onUnread);
    connection.on("message:new", onMessage);
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    // Publishing the socket is the point of this effect: consumers subscribe to it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSocket(connection);
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      connection.removeAllListeners();
      connection.disconnect();
      setSocket(null);
      setUnreadMap({});
    };
  }, [userId]);

  const setUnread = useCallback((channelId: string, count: number) => setUnreadMap((previous) => ({ ...previous, [channelId]: count })), []);

  const registerOpenChannel = useCallback((channelId: string) => {
    const open = openChannels.current;
    open.set(channelId, (open.get(channelId) ?? 0) + 1);
    return () => {
      const left = (open.get(channelId) ?? 1) - 1;
      if (left > 0) open.set(channelId, left);
      else open.delete(channelId);
    };
  }, []);

  const value = useMemo<RealtimeValue>(() => {
    const totalUnread = Object.values(unread).reduce((sum, count) => sum + count, 0);
    return { socket, status: socket ? status : "offline", userId, unread, totalUnread, setUnread, registerOpenChannel };
  }, [socket, status, userId, unread, setUnread, registerOpenChannel]);

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
