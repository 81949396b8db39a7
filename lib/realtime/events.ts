// The chat protocol: one typed event map shared by the Socket.IO server (lib/realtime/server.ts)
// and the browser (components/chat). Payload *shapes* are validated on the server with the zod
// schemas in lib/chat/schema.ts; this file has no server imports so the client can use it.
// Documented in docs/realtime.md.

export type ChannelKind = "NETWORK" | "EVENT" | "DIRECT";

export interface ChatAuthor {
  id: string;
  name: string;
  /** Set only when the reader may see the author's photo. */
  photoVersion: number | null;
}

export interface ChatMessageDto {
  id: string;
  channelId: string;
  seq: number;
  clientId: string;
  author: ChatAuthor;
  /** Empty once deleted. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface ChannelSummary {
  id: string;
  kind: ChannelKind;
  /** The network's name, the event's title or the other person's name. */
  name: string;
  networkSlug: string | null;
  /** DIRECT: the other person; EVENT: the event. */
  otherUserId: string | null;
  eventId: string | null;
  lastSeq: number;
  lastReadSeq: number;
  unread: number;
  canSend: boolean;
  canModerate: boolean;
}

export interface AckError {
  /** One of lib/errors.ts ErrorCode. */
  code: string;
  /** A key in the `errors` message namespace, for the client to translate. */
  key: string;
  /** The same, already in the user's language. */
  message: string;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AckError };

export interface JoinResult {
  channel: ChannelSummary;
  /** With `afterSeq`: every message after it (in order, at most 500; `more` says whether there are more). Without: the latest page. */
  messages: ChatMessageDto[];
  more: boolean;
  /** Ids of the channel's members who are connected right now. */
  online: string[];
}

export interface ClientToServerEvents {
  "channel:join": (payload: { channelId: string; afterSeq?: number }, ack: (result: Ack<JoinResult>) => void) => void;
  "channel:leave": (payload: { channelId: string }, ack: (result: Ack) => void) => void;
  /** Older messages, newest first: for scrolling up. */
  "channel:history": (payload: { channelId: string; beforeSeq: number }, ack: (result: Ack<{ messages: ChatMessageDto[]; more: boolean }>) => void) => void;
  "channel:read": (payload: { channelId: string; seq: number }, ack: (result: Ack<{ unread: number }>) => void) => void;
  "message:send": (payload: { channelId: string; clientId: string; body: string }, ack: (result: Ack<{ message: ChatMessageDto }>) => void) => void;
  "message:edit": (payload: { messageId: string; body: string }, ack: (result: Ack<{ message: ChatMessageDto }>) => void) => void;
  "message:delete": (payload: { messageId: string }, ack: (result: Ack<{ message: ChatMessageDto }>) => void) => void;
  typing: (payload: { channelId: string }) => void;
}

export interface ServerToClientEvents {
  "message:new": (message: ChatMessageDto) => void;
  "message:updated": (message: ChatMessageDto) => void;
  "message:deleted": (message: ChatMessageDto) => void;
  /** A member of a channel came online or went offline (their last connection closed). */
  presence: (payload: { channelId: string; userId: string; online: boolean }) => void;
  typing: (payload: { channelId: string; user: { id: string; name: string } }) => void;
  /** Unread counts that changed for this user (all of them right after connecting). */
  unread: (payload: { counts: Record<string, number> }) => void;
  /** The user's channels changed (joined or lost a network, an event, a new conversation): fetch the list again. */
  "channels:changed": () => void;
  /** The number of the user's unread notifications changed (one arrived, or was read elsewhere): the bell shows it. */
  notifications: (payload: { unread: number }) => void;
}

export const CHAT_BODY_MAX = 4000;
export const CHAT_PAGE_SIZE = 50;
export const CHAT_REPLAY_MAX = 500;
/** How long a "typing" lasts without another one. */
export const TYPING_TTL_MS = 5000;
