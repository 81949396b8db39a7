"use client";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "./events";

/** The browser's end of the chat protocol, typed with the shared event maps. */
export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One connection to the Socket.IO server on this origin. The session cookie authenticates the
 * handshake, so nothing secret is passed here. Socket.IO reconnects by itself with back-off;
 * the channel views re-join with the last sequence they hold when it does.
 */
export function connectChatSocket(): ChatSocket {
  return io({
    path: "/socket.io",
    withCredentials: true,
    // Straight to WebSocket: long-polling first would need sticky sessions behind a load balancer.
    transports: ["websocket"],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}
