import type { Server, Socket } from "socket.io";
import { listChannels } from "@/lib/chat/channels";
import { deleteMessage, editMessage, listOlderMessages, openChannel, sendMessage } from "@/lib/chat/messages";
import { markChannelRead } from "@/lib/chat/read";
import { channelRefSchema } from "@/lib/chat/schema";
import { parseInput } from "@/lib/errors";
import { toAckError } from "./ack-error";
import type { ClientToServerEvents, ServerToClientEvents } from "./events";
import { channelIdOfRoom, channelRoom, isChannelRoom, userRoom } from "./rooms";

export interface SocketData {
  user: { id: string; name: string; locale: string };
}
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Typing notices are passed on at most this often per socket and channel. */
const TYPING_MIN_INTERVAL_MS = 1000;

const asObject = (payload: unknown): Record<string, unknown> => (payload && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {});

/**
 * Wraps a handler: the payload reaches the service as a plain object (the service parses it
 * with zod), and the acknowledgement is `{ ok: true, ...result }` or `{ ok: false, error }` in
 * the person's language. A client that sends no acknowledgement callback gets nothing back.
 */
function acknowledged(socket: RealtimeSocket, ready: Promise<void>, run: (payload: Record<string, unknown>) => Promise<object>) {
  return async (payload: unknown, ack?: unknown) => {
    const reply = typeof ack === "function" ? (ack as (result: object) => void) : () => {};
    try {
      await ready;
      reply({ ok: true, ...(await run(asObject(payload))) });
    } catch (error) {
      reply({ ok: false, error: toAckError(error, socket.data.user.locale) });
    }
  };
}

/** The ids of the people connected to a channel, on every process. */
async function onlineIn(io: RealtimeServer, channelId: string) {
  const sockets = await io.in(channelRoom(channelId)).fetchSockets();
  return [...new Set(sockets.map((socket) => socket.data.user.id))];
}

async function isLastConnection(io: RealtimeServer, userId: string) {
  return (await io.in(userRoom(userId)).fetchSockets()).length === 0;
}

/** Puts a new connection in its person's rooms, sends the unread counts and announces them online. */
async function setUp(io: RealtimeServer, socket: RealtimeSocket) {
  const actorId = socket.data.user.id;
  const firstConnection = (await io.in(userRoom(actorId)).fetchSockets()).length === 0;
  await socket.join(userRoom(actorId));
  const channels = await listChannels({ actorId });
  await socket.join(channels.map((channel) => channelRoom(channel.id)));
  socket.emit("unread", { counts: Object.fromEntries(channels.map((channel) => [channel.id, channel.unread])) });
  if (firstConnection) for (const channel of channels) socket.to(channelRoom(channel.id)).emit("presence", { channelId: channel.id, userId: actorId, online: true });
}

/**
 * Handlers are registered at once, so that nothing a client sends right after connecting is
 * lost; each waits until the connection is set up.
 */
export function onConnection(io: RealtimeServer, socket: RealtimeSocket) {
  const { user } = socket.data;
  const actorId = user.id;
  const ready = setUp(io, socket);
  ready.catch((error: unknown) => {
    console.error("[realtime] connection setup failed:", error);
    socket.disconnect(true);
  });

  socket.on(
    "channel:join",
    acknowledged(socket, ready, async (payload) => {
      const { channel, messages, more } = await openChannel({ actorId, channelId: payload.channelId, afterSeq: payload.afterSeq });
      await socket.join(channelRoom(channel.id));
      return { channel, messages, more, online: await onlineIn(io, channel.id) };
    }),
  );
  socket.on(
    "channel:leave",
    acknowledged(socket, ready, async (payload) => {
      const { channelId } = parseInput(channelRefSchema, payload);
      await socket.leave(channelRoom(channelId));
      return {};
    }),
  );
  socket.on("channel:history", acknowledged(socket, ready, (payload) => listOlderMessages({ actorId, channelId: payload.channelId, beforeSeq: payload.beforeSeq })));
  socket.on(
    "channel:read",
    acknowledged(socket, ready, async (payload) => {
      const result = await markChannelRead({ actorId, channelId: payload.channelId, seq: payload.seq });
      // The person's other tabs and devices clear their badges too.
      socket.to(userRoom(actorId)).emit("unread", { counts: { [String(payload.channelId)]: result.unread } });
      return result;
    }),
  );
  socket.on(
    "message:send",
    acknowledged(socket, ready, async (payload) => {
      const { message, created } = await sendMessage({ actorId, channelId: payload.channelId, clientId: payload.clientId, body: payload.body });
      if (created) io.to(channelRoom(message.channelId)).emit("message:new", message);
      return { message };
    }),
  );
  socket.on(
    "message:edit",
    acknowledged(socket, ready, async (payload) => {
      const message = await editMessage({ actorId, messageId: payload.messageId, body: payload.body });
      io.to(channelRoom(message.channelId)).emit("message:updated", message);
      return { message };
    }),
  );
  socket.on(
    "message:delete",
    acknowledged(socket, ready, async (payload) => {
      const message = await deleteMessage({ actorId, messageId: payload.messageId });
      io.to(channelRoom(message.channelId)).emit("message:deleted", message);
      return { message };
    }),
  );

  const lastTyping = new Map<string, number>();
  socket.on("typing", (payload: unknown) => {
    const parsed = channelRefSchema.safeParse(payload);
    // Before set-up the socket is in no room, so an early notice is dropped, which is harmless.
    // Being in the channel's room is the permission: it is granted on join and withdrawn on removal.
    if (!parsed.success || !socket.rooms.has(channelRoom(parsed.data.channelId))) return;
    const now = Date.now();
    if (now - (lastTyping.get(parsed.data.channelId) ?? 0) < TYPING_MIN_INTERVAL_MS) return;
    lastTyping.set(parsed.data.channelId, now);
    socket.to(channelRoom(parsed.data.channelId)).emit("typing", { channelId: parsed.data.channelId, user: { id: actorId, name: user.name } });
  });

  // The rooms are gone by the time "disconnect" fires; whether another connection of the
  // person remains can only be known after this one has left.
  let roomsAtDisconnect: string[] = [];
  socket.on("disconnecting", () => {
    roomsAtDisconnect = [...socket.rooms].filter(isChannelRoom);
  });
  socket.on("disconnect", () => {
    void isLastConnection(io, actorId)
      .then((last) => {
        if (last) for (const room of roomsAtDisconnect) io.to(room).emit("presence", { channelId: channelIdOfRoom(room), userId: actorId, online: false });
      })
      .catch((error: unknown) => console.warn("[realtime] presence after disconnect:", error));
  });
}
