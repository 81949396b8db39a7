import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { CHAT_PAGE_SIZE, CHAT_REPLAY_MAX, type ChatMessageDto } from "@/lib/realtime/events";
import { channelAccess, type ChannelAccess, type Db } from "./access";
import { toSummary, unreadCounts } from "./channels";
import { notifyMentions } from "./mentions";
import { toMessageDtos } from "./message-dto";
import { canDeleteMessage, canEditMessage } from "./rules";
import { editSchema, historySchema, joinSchema, messageRefSchema, sendSchema } from "./schema";
import { consumeSendAllowance } from "./send-limit";

const messageColumns = { id: true, channelId: true, seq: true, clientId: true, body: true, createdAt: true, editedAt: true, deletedAt: true, authorId: true } as const;

async function requireAccess(db: Db, actorId: string, channelId: string): Promise<ChannelAccess> {
  const access = await channelAccess(db, actorId, channelId);
  if (!access) throw new AppError("NOT_FOUND", "chatChannelNotFound");
  return access;
}

const summaryOf = async (db: Db, access: ChannelAccess) => toSummary(access, (await unreadCounts(db, access.viewerId, [access.id])).get(access.id));

/**
 * Opening a channel: with `afterSeq`, everything after it in order (a reconnecting client
 * catching up, at most CHAT_REPLAY_MAX at a time); without, the latest page.
 */
export async function openChannel({ actorId, ...input }: { actorId: string; channelId: unknown; afterSeq?: unknown }) {
  const { channelId, afterSeq } = parseInput(joinSchema, input);
  const db = getPrisma();
  const access = await requireAccess(db, actorId, channelId);
  if (afterSeq !== undefined) {
    const rows = await db.chatMessage.findMany({ where: { channelId, seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take: CHAT_REPLAY_MAX + 1, select: messageColumns });
    return { channel: await summaryOf(db, access), messages: await toMessageDtos(db, access, rows.slice(0, CHAT_REPLAY_MAX)), more: rows.length > CHAT_REPLAY_MAX };
  }
  const rows = await db.chatMessage.findMany({ where: { channelId }, orderBy: { seq: "desc" }, take: CHAT_PAGE_SIZE + 1, select: messageColumns });
  return { channel: await summaryOf(db, access), messages: await toMessageDtos(db, access, rows.slice(0, CHAT_PAGE_SIZE).reverse()), more: rows.length > CHAT_PAGE_SIZE };
}

/** The page of messages before `beforeSeq`, oldest first, for scrolling up. */
export async function listOlderMessages({ actorId, ...input }: { actorId: string; channelId: unknown; beforeSeq: unknown }) {
  const { channelId, beforeSeq } = parseInput(historySchema, input);
  const db = getPrisma();
  const access = await requireAccess(db, actorId, channelId);
  const rows = await db.chatMessage.findMany({ where: { channelId, seq: { lt: beforeSeq } }, orderBy: { seq: "desc" }, take: CHAT_PAGE_SIZE + 1, select: messageColumns });
  return { messages: await toMessageDtos(db, access, rows.slice(0, CHAT_PAGE_SIZE).reverse()), more: rows.length > CHAT_PAGE_SIZE };
}

/**
 * Stores a message once per client id: a resend returns the stored message with
 * `created: false` and takes nothing from the sender's allowance.
 */
export async function sendMessage({ actorId, ...input }: { actorId: string; channelId: unknown; clientId: unknown; body: unknown }) {
  const { channelId, clientId, body } = parseInput(sendSchema, input);
  const db = getPrisma();
  const access = await requireAccess(db, actorId, channelId);
  const earlier = await db.chatMessage.findUnique({ where: { authorId_clientId: { authorId: actorId, clientId } }, select: messageColumns });
  if (earlier) return storedOnce(db, access, earlier);
  if (!access.canSend) throw new AppError("FORBIDDEN", "chatReadOnly");
  await consumeSendAllowance(actorId);
  const appended = await db.$queryRaw<{ message_id: string; was_created: boolean }[]>`
    SELECT * FROM chat_append_message(${randomUUID()}, ${channelId}, ${actorId}, ${clientId}::uuid, ${body})`;
  if (!appended[0]) throw new AppError("NOT_FOUND", "chatChannelNotFound");
  const stored = await db.chatMessage.findUniqueOrThrow({ where: { id: appended[0].message_id }, select: messageColumns });
  if (!appended[0].was_created) return storedOnce(db, access, stored);
  const [message] = await toMessageDtos(db, access, [stored]);
  await notifyMentions(db, access, { id: stored.id, body, authorName: message!.author.name });
  return { message: message!, created: true };
}

async function storedOnce(db: Db, access: ChannelAccess, stored: Prisma.ChatMessageGetPayload<{ select: typeof messageColumns }>) {
  // A client id names one message of one channel; reusing it elsewhere is a client bug.
  if (stored.channelId !== access.id) throw new AppError("CONFLICT", "chatClientIdReused");
  const [message] = await toMessageDtos(db, access, [stored]);
  return { message: message!, created: false };
}

async function findOwnMessageChannel(db: Db, messageId: string) {
  const found = await db.chatMessage.findUnique({ where: { id: messageId }, select: messageColumns });
  if (!found) throw new AppError("NOT_FOUND", "chatMessageNotFound");
  return found;
}

export async function editMessage({ actorId, ...input }: { actorId: string; messageId: unknown; body: unknown }): Promise<ChatMessageDto> {
  const { messageId, body } = parseInput(editSchema, input);
  const db = getPrisma();
  const found = await findOwnMessageChannel(db, messageId);
  const access = await requireAccess(db, actorId, found.channelId);
  if (!canEditMessage(found, actorId)) throw new AppError("FORBIDDEN", "chatNotYourMessage");
  if (!access.canSend) throw new AppError("FORBIDDEN", "chatReadOnly");
  const { count } = await db.chatMessage.updateMany({ where: { id: messageId, deletedAt: null }, data: { body, editedAt: new Date() } });
  if (count === 0) throw new AppError("NOT_FOUND", "chatMessageNotFound");
  const [message] = await toMessageDtos(db, access, [await db.chatMessage.findUniqueOrThrow({ where: { id: messageId }, select: messageColumns })]);
  return message!;
}

/** The author or a moderator of the channel deletes: the text goes, the sequence number stays. */
export async function deleteMessage({ actorId, ...input }: { actorId: string; messageId: unknown }): Promise<ChatMessageDto> {
  const { messageId } = parseInput(messageRefSchema, input);
  const db = getPrisma();
  const found = await findOwnMessageChannel(db, messageId);
  const access = await requireAccess(db, actorId, found.channelId);
  if (!canDeleteMessage(found, actorId, access.canModerate)) throw new AppError("FORBIDDEN", "chatNotYourMessage");
  const { count } = await db.chatMessage.updateMany({ where: { id: messageId, deletedAt: null }, data: { body: "", deletedAt: new Date() } });
  if (count === 0) throw new AppError("NOT_FOUND", "chatMessageNotFound");
  const [message] = await toMessageDtos(db, access, [await db.chatMessage.findUniqueOrThrow({ where: { id: messageId }, select: messageColumns })]);
  return message!;
}
