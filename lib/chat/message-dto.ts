import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { canSeeSql, viewerFor } from "@/lib/profiles/visibility-sql";
import type { ChatAuthor, ChatMessageDto } from "@/lib/realtime/events";
import type { ChannelAccess, Db } from "./access";

type StoredMessage = { id: string; channelId: string; seq: number; clientId: string; body: string; createdAt: Date; editedAt: Date | null; deletedAt: Date | null; authorId: string };

/**
 * Authors as the channel's readers may see them. Everyone reading a network or event channel
 * shares the network with its authors, which every visibility level allows; in a direct
 * conversation the reader of one person's messages is the other, so their photo follows the
 * profile's rule for that reader (the same for a page of history as for a live message).
 */
async function authorsOf(db: Db, access: ChannelAccess, authorIds: string[]): Promise<Map<string, ChatAuthor>> {
  const ids = [...new Set(authorIds)];
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; name: string; photoAt: Date | null }[]>`
    SELECT u."id", u."name", ph."updatedAt" AS "photoAt"
    FROM "User" u LEFT JOIN "ProfilePhoto" ph ON ph."userId" = u."id"
    WHERE u."id" IN (${Prisma.join(ids)})`;
  const visiblePhoto = new Set(rows.map((row) => row.id));
  if (access.kind === "DIRECT") {
    visiblePhoto.clear();
    for (const row of rows) {
      const readerId = row.id === access.otherUserId ? access.viewerId : access.otherUserId;
      if (readerId && (await seesAbout(db, readerId, row.id))) visiblePhoto.add(row.id);
    }
  }
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, photoVersion: row.photoAt && visiblePhoto.has(row.id) ? row.photoAt.getTime() : null }]));
}

async function seesAbout(db: Db, readerId: string, ownerId: string) {
  const viewer = await viewerFor(readerId);
  const rows = await db.$queryRaw<{ visible: boolean }[]>`
    SELECT ${canSeeSql("about", viewer, Prisma.sql`u."id"`)} AS "visible"
    FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u."id" WHERE u."id" = ${ownerId}`;
  return Boolean(rows[0]?.visible);
}

export async function toMessageDtos(db: Db, access: ChannelAccess, messages: StoredMessage[]): Promise<ChatMessageDto[]> {
  const authors = await authorsOf(db, access, messages.map((message) => message.authorId));
  return messages.map((message) => ({
    id: message.id,
    channelId: message.channelId,
    seq: message.seq,
    clientId: message.clientId,
    author: authors.get(message.authorId) ?? { id: message.authorId, name: "", photoVersion: null },
    body: message.deletedAt ? "" : message.body,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    deletedAt: message.deletedAt?.toISOString() ?? null,
  }));
}
