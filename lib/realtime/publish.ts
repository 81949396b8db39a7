import { channelAccess } from "@/lib/chat/access";
import { listChannels } from "@/lib/chat/channels";
import { getPrisma } from "@/lib/db/client";
import { channelIdOfRoom, channelRoom, isChannelRoom, userRoom } from "./rooms";

// What services tell the open sockets after a change has been committed. Without a running
// Socket.IO server (scripts, most tests) there is no one to tell. A failure here is logged and
// never fails the change itself: every chat action checks access in the database anyway.

const realtime = () => globalThis.kosmopolitRealtime;

async function quietly(what: string, work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    console.error(`[realtime] ${what}:`, error);
  }
}

/**
 * Brings a person's open sockets, on every process, in line with what they may read now:
 * out of the rooms of channels they lost (a network they left or were removed from, an event
 * they no longer go to), into the rooms of new ones; then their pages fetch the list again.
 */
export async function resyncChannels(userIds: string[]) {
  const io = realtime();
  if (!io) return;
  for (const userId of new Set(userIds)) {
    await quietly("resync channels", async () => {
      const sockets = await io.in(userRoom(userId)).fetchSockets();
      if (!sockets.length) return;
      const listed = new Set((await listChannels({ actorId: userId })).map((channel) => channelRoom(channel.id)));
      const held = new Set(sockets.flatMap((socket) => [...socket.rooms].filter(isChannelRoom)));
      const db = getPrisma();
      const lost: string[] = [];
      for (const room of held) if (!listed.has(room) && !(await channelAccess(db, userId, channelIdOfRoom(room)))) lost.push(room);
      if (lost.length) io.in(userRoom(userId)).socketsLeave(lost);
      io.in(userRoom(userId)).socketsJoin([...listed]);
      io.to(userRoom(userId)).emit("channels:changed");
    });
  }
}

/** Closes every socket of a person at once (account blocked or deleted, signed out everywhere). */
export async function disconnectUser(userId: string) {
  const io = realtime();
  if (!io) return;
  await quietly("disconnect user", async () => {
    io.in(userRoom(userId)).disconnectSockets(true);
  });
}

/** After notifications were marked read: the person's bells, on every tab and process, show the new count. */
export async function announceNotificationCount(userId: string, unread: number) {
  const io = realtime();
  if (!io) return;
  await quietly("announce notification count", async () => {
    io.to(userRoom(userId)).emit("notifications", { unread });
  });
}
