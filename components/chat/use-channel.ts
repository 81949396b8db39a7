"use client";
import { useCallback, useEffect, useReducer, useRef, useSyncExternalStore } from "react";
import { useRealtime } from "@/components/realtime/socket-provider";
import { TYPING_TTL_MS, type AckError, type ChannelSummary, type ChatMessageDto } from "@/lib/realtime/events";
import { channelReducer, initialChannelState, newClientId, type ChannelState, type PendingMessage } from "./channel-state";

/** At most one `typing` every this many milliseconds while someone types. */
const TYPING_EVERY_MS = 3000;

const subscribeVisibility = (onChange: () => void) => {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
};

/** Whether this tab is in front; false while rendering on the server. */
export const useTabVisible = () =>
  useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState === "visible",
    () => false,
  );

const errorOf = (result: { ok: false; error: AckError }) => result.error.message;

/**
 * One open channel over the shared socket: joins it (and re-joins after every reconnect from the
 * highest seq held, so missed messages arrive exactly once), follows its events, sends with a
 * client id that makes resends safe, pages back through history and marks it read while visible.
 */
export function useChannel(initial: ChannelSummary) {
  const { socket, userId, setUnread, registerOpenChannel } = useRealtime();
  const [state, dispatch] = useReducer(channelReducer, initial, initialChannelState);
  const channelId = initial.id;
  const visible = useTabVisible();
  // Handlers registered once read the latest state through this ref.
  const latest = useRef<ChannelState>(state);
  const lastRead = useRef(initial.lastReadSeq);
  const lastTyping = useRef(0);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => registerOpenChannel(channelId), [channelId, registerOpenChannel]);

  const emitSend = useCallback(
    (item: PendingMessage) => {
      if (!socket?.connected) return; // kept pending; sent again on (re)connect
      socket.emit("message:send", { channelId, clientId: item.clientId, body: item.body }, (result) => {
        if (result.ok) dispatch({ type: "received", messages: [result.message] });
        else dispatch({ type: "failed", clientId: item.clientId, error: errorOf(result) });
      });
    },
    [socket, channelId],
  );

  useEffect(() => {
    if (!socket) return;
    let cancelled = false;

    // First join: the latest page. After a reconnect: everything after the highest seq held,
    // asked for again while the server says there is more (it replays at most 500 at a time).
    const join = (afterSeq?: number) => {
      socket.emit("channel:join", afterSeq === undefined ? { channelId } : { channelId, afterSeq }, (result) => {
        if (cancelled) return;
        if (!result.ok) return dispatch({ type: "error", error: errorOf(result) });
        const resuming = afterSeq !== undefined;
        dispatch({ type: "joined", channel: result.channel, messages: result.messages, online: result.online, more: resuming ? undefined : result.more });
        const highest = result.messages.reduce((max, message) => Math.max(max, message.seq), afterSeq ?? 0);
        if (resuming && result.more && highest > afterSeq) return join(highest);
        // Now that the channel is up to date, resend what was typed while the connection was away.
        for (const item of latest.current.pending) if (!item.failed) emitSend(item);
      });
    };
    const onConnect = () => {
      const { joined, messages } = latest.current;
      join(joined ? (messages.at(-1)?.seq ?? 0) : undefined);
    };
    const onMessage = (message: ChatMessageDto) => {
      if (message.channelId === channelId) dispatch({ type: "received", messages: [message] });
    };
    const onPresence = (payload: { channelId: string; userId: string; online: boolean }) => {
      if (payload.channelId === channelId) dispatch({ type: "presence", userId: payload.userId, online: payload.online });
    };
    const onTyping = (payload: { channelId: string; user: { id: string; name: string } }) => {
      if (payload.channelId !== channelId || payload.user.id === userId) return;
      dispatch({ type: "typing", userId: payload.user.id, name: payload.user.name, until: Date.now() + TYPING_TTL_MS });
      setTimeout(() => dispatch({ type: "expireTyping", now: Date.now() }), TYPING_TTL_MS + 50);
    };

    socket.on("connect", onConnect);
    socket.on("message:new", onMessage);
    socket.on("message:updated", onMessage);
    socket.on("message:deleted", onMessage);
    socket.on("presence", onPresence);
    socket.on("typing", onTyping);
    if (socket.connected) onConnect();
    return () => {
      cancelled = true;
      socket.off("connect", onConnect);
      socket.off("message:new", onMessage);
      socket.off("message:updated", onMessage);
      socket.off("message:deleted", onMessage);
      socket.off("presence", onPresence);
      socket.off("typing", onTyping);
    };
  }, [socket, channelId, userId, emitSend]);

  // Read up to the newest message whenever one arrives while the channel is in front.
  const newestSeq = state.messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (!socket?.connected || !state.joined || !visible || newestSeq <= 0) return;
    if (newestSeq <= lastRead.current) {
      setUnread(channelId, 0); // counted in the badge while the tab was hidden, already read here
      return;
    }
    lastRead.current = newestSeq;
    socket.emit("channel:read", { channelId, seq: newestSeq }, (result) => {
      if (result.ok) setUnread(channelId, result.unread);
    });
  }, [socket, state.joined, visible, newestSeq, channelId, setUnread]);

  const send = useCallback(
    (body: string) => {
      const item: PendingMessage = { clientId: newClientId(), body, createdAt: new Date().toISOString(), failed: false };
      dispatch({ type: "queued", pending: item });
      emitSend(item);
    },
    [emitSend],
  );

  const retry = useCallback(
    (item: PendingMessage) => {
      dispatch({ type: "retry", clientId: item.clientId });
      emitSend({ ...item, failed: false });
    },
    [emitSend],
  );

  const discard = useCallback((clientId: string) => dispatch({ type: "discard", clientId }), []);

  /** Edit or delete; resolves true when the server accepted it. */
  const change = useCallback(
    (payload: { messageId: string; body?: string }) =>
      new Promise<boolean>((resolve) => {
        if (!socket?.connected) return resolve(false);
        const done = (result: { ok: true; message: ChatMessageDto } | { ok: false; error: AckError }) => {
          if (result.ok) dispatch({ type: "received", messages: [result.message] });
          else dispatch({ type: "error", error: errorOf(result) });
          resolve(result.ok);
        };
        if (payload.body === undefined) socket.emit("message:delete", { messageId: payload.messageId }, done);
        else socket.emit("message:edit", { messageId: payload.messageId, body: payload.body }, done);
      }),
    [socket],
  );

  const loadOlder = useCallback(() => {
    const { more, loadingOlder, messages } = latest.current;
    const oldest = messages[0]?.seq;
    if (!socket?.connected || !more || loadingOlder || oldest === undefined) return;
    dispatch({ type: "loadingOlder", loading: true });
    latest.current = { ...latest.current, loadingOlder: true }; // a second scroll event before the render must not ask again
    socket.emit("channel:history", { channelId, beforeSeq: oldest }, (result) => {
      if (result.ok) dispatch({ type: "older", messages: result.messages, more: result.more });
      else {
        dispatch({ type: "loadingOlder", loading: false });
        dispatch({ type: "error", error: errorOf(result) });
      }
    });
  }, [socket, channelId]);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    socket.emit("typing", { channelId });
  }, [socket, channelId]);

  const clearError = useCallback(() => dispatch({ type: "error", error: null }), []);

  return { state, send, retry, discard, change, loadOlder, notifyTyping, clearError };
}
