import "server-only";
import { notifyMany } from "@/lib/notifications/service";
import type { ChannelAccess, Db } from "./access";
import { decideAccess, channelFacts } from "./access";

const EXCERPT_LENGTH = 140;

/**
 * The people a message names with "@" followed by their full name (any case), e.g. "@Amira
 * Haddad, can you…". Longer names win, so "@Anna Berg" does not also mention "Anna B".
 */
export function mentionedIn(body: string, people: { id: string; name: string }[]): string[] {
  if (!body.includes("@")) return [];
  let text = body.toLocaleLowerCase();
  const found: string[] = [];
  for (const person of [...people].sort((a, b) => b.name.length - a.name.length)) {
    const needle = `@${person.name.toLocaleLowerCase()}`;
    if (person.name.trim() && text.includes(needle)) {
      found.push(person.id);
      text = text.split(needle).join(" ");
    }
  }
  return found;
}

/**
 * Notifies the people a new message in a network or event channel mentions — only those who
 * can read the channel, never the author. Direct conversations need no mentions.
 */
export async function notifyMentions(db: Db, access: ChannelAccess, message: { id: string; body: string; authorName: string }) {
  if (access.kind === "DIRECT" || !access.networkId || !message.body.includes("@")) return;
  const members = await db.membership.findMany({ where: { networkId: access.networkId, user: { status: "ACTIVE" } }, select: { user: { select: { id: true, name: true } } } });
  const mentioned = mentionedIn(message.body, members.map((member) => member.user)).filter((id) => id !== access.viewerId);
  if (!mentioned.length) return;
  const readers: string[] = [];
  for (const userId of mentioned) {
    const channel = await db.chatChannel.findUnique({ where: { id: access.id }, select: channelFacts(userId) });
    if (channel && decideAccess(channel, userId)) readers.push(userId);
  }
  const excerpt = message.body.length > EXCERPT_LENGTH ? `${message.body.slice(0, EXCERPT_LENGTH - 1)}…` : message.body;
  await notifyMany(db, readers, "chat.mentioned", { channelId: access.id, channelName: access.name, authorName: message.authorName, excerpt }, { dedupeKey: `chat-mention:${message.id}` });
}
