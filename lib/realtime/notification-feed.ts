import pg from "pg";
import { countUnread } from "@/lib/notifications/service";
import type { RealtimeServer } from "./handlers";
import { userRoom } from "./rooms";

/**
 * The bell, live: the database NOTIFYs `kosmopolit_notification` with the person's id when a
 * notification is committed (a trigger, so every service's notifications count, whatever
 * process or job made them). Every app process listens and tells only its own sockets
 * (`io.local`), so with several processes each socket hears it once.
 */
export async function listenForNotifications(io: RealtimeServer, connectionString: string) {
  const client = new pg.Client({ connectionString });
  client.on("error", (error) => console.error("[realtime] notification listener:", error.message));
  await client.connect();
  client.on("notification", (message) => {
    const userId = message.payload;
    if (message.channel !== "kosmopolit_notification" || !userId) return;
    countUnread({ actorId: userId })
      .then((unread) => io.local.to(userRoom(userId)).emit("notifications", { unread }))
      .catch((error: unknown) => console.error("[realtime] counting notifications:", error));
  });
  await client.query("LISTEN kosmopolit_notification");
  return { close: () => client.end() };
}
