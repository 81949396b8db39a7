import type { Server as HttpServer, IncomingMessage } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "./events";
import { listenForNotifications } from "./notification-feed";
import { onConnection, type RealtimeServer, type SocketData } from "./handlers";
import { sessionUserOf } from "./session";

declare global {
  // The running Socket.IO server, for services that must tell open sockets about a change
  // (lib/realtime/publish.ts): set by attachRealtime, shared by every module graph of the process.
  var kosmopolitRealtime: RealtimeServer | undefined;
}

/**
 * A browser may only open a socket from our own pages. The session cookie is SameSite=Lax,
 * which already keeps it off other sites' WebSocket handshakes; this checks the Origin too.
 * Clients without an Origin (other servers, tests) are judged by their cookie alone.
 */
function sameOrigin(request: IncomingMessage) {
  const origin = request.headers.origin;
  if (!origin) return true;
  const host = (process.env.TRUST_PROXY === "1" && String(request.headers["x-forwarded-host"] ?? "")) || request.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Socket.IO on the app's HTTP server (path /socket.io). With `redisUrl`, rooms are shared with
 * every other process through the Redis adapter; without it, this process works alone.
 */
export async function attachRealtime(httpServer: HttpServer, { redisUrl, databaseUrl = process.env.DATABASE_URL }: { redisUrl?: string; databaseUrl?: string } = {}) {
  const io: RealtimeServer = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    path: "/socket.io",
    serveClient: false,
    // Next.js's own upgrades (hot reload in development) must not be cut off.
    destroyUpgrade: false,
    // A message is at most 4,000 characters; nothing legitimate comes near this.
    maxHttpBufferSize: 100_000,
    allowRequest: (request, callback) => callback(null, sameOrigin(request)),
  });

  const redis = redisUrl ? [createClient({ url: redisUrl }), createClient({ url: redisUrl })] : [];
  if (redisUrl) {
    for (const client of redis) client.on("error", (error: Error) => console.error("[realtime] redis:", error.message));
    await Promise.all(redis.map((client) => client.connect()));
    io.adapter(createAdapter(redis[0], redis[1]));
  }

  io.use((socket, next) => {
    sessionUserOf(socket.request)
      .then((user) => {
        if (!user) return next(new Error("unauthenticated"));
        socket.data.user = { id: user.id, name: user.name, locale: user.locale };
        next();
      })
      .catch((error: unknown) => {
        console.error("[realtime] handshake failed:", error);
        next(new Error("unavailable"));
      });
  });
  io.on("connection", (socket) => onConnection(io, socket));

  const notifications = databaseUrl ? await listenForNotifications(io, databaseUrl) : null;

  globalThis.kosmopolitRealtime = io;
  return {
    io,
    async close() {
      if (globalThis.kosmopolitRealtime === io) globalThis.kosmopolitRealtime = undefined;
      await notifications?.close();
      // Also closes the HTTP server.
      await io.close();
      await Promise.allSettled(redis.map((client) => client.quit()));
    },
  };
}
