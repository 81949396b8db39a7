// Real Socket.IO servers and clients for the realtime integration tests: the server is the
// app's own (attachRealtime) on an HTTP server on port 0; clients are socket.io-client with a
// next-auth session cookie made with the test AUTH_SECRET.
import { createServer } from "node:http";
import { afterAll, beforeAll } from "vitest";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { attachRealtime } from "@/lib/realtime/server";

export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function startRealtimeServer(options: { redisUrl?: string } = {}) {
  const http = createServer();
  const realtime = await attachRealtime(http, options);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, io: realtime.io, close: realtime.close };
}

export async function sessionCookie(userId: string, sessionVersion = 0) {
  const token = await encode({ token: { sub: userId, uid: userId, sv: sessionVersion }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  return `authjs.session-token=${token}`;
}

/** The unread counts each client received when it connected. */
export const unreadOnConnect = new WeakMap<ChatClient, Record<string, number>>();

/** A client connected as `userId` whose connection is set up (its unread counts have arrived). */
export async function connectAs(url: string, userId: string | null, options: { sessionVersion?: number } = {}): Promise<ChatClient> {
  const cookie = userId ? await sessionCookie(userId, options.sessionVersion) : undefined;
  const socket: ChatClient = connect(url, { path: "/socket.io", transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  await new Promise<void>((resolve, reject) => {
    socket.once("unread", ({ counts }) => {
      unreadOnConnect.set(socket, counts);
      resolve();
    });
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}

/** The next `event` on `socket` that satisfies `accept`, or a rejection after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(socket: ChatClient, event: E, accept: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true, ms = 5000) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!accept(...args)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(args[0]);
    };
    socket.on(event, listener as never);
  });
}

/** Collects every `event` until stopped, to check what did and did not arrive. */
export function collect<E extends keyof ServerToClientEvents>(socket: ChatClient, event: E) {
  const received: Parameters<ServerToClientEvents[E]>[0][] = [];
  const listener = (...args: Parameters<ServerToClientEvents[E]>) => void received.push(args[0]);
  socket.on(event, listener as never);
  return { received, stop: () => socket.off(event, listener as never) };
}

/** Resolves once the server has had time to pass on anything in flight (one round trip of an acknowledged event). */
export async function settle(socket: ChatClient) {
  await socket.timeout(5000).emitWithAck("channel:leave", { channelId: "settle-nothing" });
}

/**
 * For a test file: one realtime server for all its tests, and `connect(userId)` for clients
 * that are closed with it afterwards. Call at the top level of the file.
 */
export function realtimeServerForFile() {
  let server: Awaited<ReturnType<typeof startRealtimeServer>> | undefined;
  const clients: ChatClient[] = [];
  beforeAll(async () => {
    server = await startRealtimeServer();
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.close();
  });
  return {
    url: () => server!.url,
    async connect(userId: string) {
      const client = await connectAs(server!.url, userId);
      clients.push(client);
      return client;
    },
  };
}
