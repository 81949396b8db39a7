import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { channelAccess } from "./access";
import { unreadCounts } from "./channels";
import { readSchema } from "./schema";

/** Records that the actor has read up to `seq` (never backwards, never past the newest message); returns what is still unread. */
export async function markChannelRead({ actorId, ...input }: { actorId: string; channelId: unknown; seq: unknown }) {
  const { channelId, seq } = parseInput(readSchema, input);
  const db = getPrisma();
  const access = await channelAccess(db, actorId, channelId);
  if (!access) throw new AppError("NOT_FOUND", "chatChannelNotFound");
  const upTo = Math.min(seq, access.lastSeq);
  await db.$executeRaw`
    INSERT INTO "ChatReadState" ("userId", "channelId", "lastReadSeq") VALUES (${actorId}, ${channelId}, ${upTo})
    ON CONFLICT ("userId", "channelId") DO UPDATE SET "lastReadSeq" = GREATEST("ChatReadState"."lastReadSeq", EXCLUDED."lastReadSeq")`;
  return { unread: (await unreadCounts(db, actorId, [channelId])).get(channelId)?.unread ?? 0 };
}
