import type { ChannelSummary, ChatMessageDto } from "@/lib/realtime/events";

/** A message typed here and not yet acknowledged by the server. */
export interface PendingMessage {
  clientId: string;
  body: string;
  createdAt: string;
  /** The server refused it (its message is shown near the composer); it can be retried. */
  failed: boolean;
}

export interface ChannelState {
  channel: ChannelSummary;
  /** Ascending by seq, one entry per seq. */
  messages: ChatMessageDto[];
  pending: PendingMessage[];
  joined: boolean;
  /** Older messages exist on the server. */
  more: boolean;
  loadingOlder: boolean;
  online: string[];
  typing: Record<string, { name: string; until: number }>;
  error: string | null;
}

export type ChannelAction =
  | { type: "joined"; channel: ChannelSummary; messages: ChatMessageDto[]; online: string[]; more?: boolean }
  | { type: "received"; messages: ChatMessageDto[] }
  | { type: "older"; messages: ChatMessageDto[]; more: boolean }
  | { type: "loadingOlder"; loading: boolean }
  | { type: "queued"; pending: PendingMessage }
  | { type: "retry"; clientId: string }
  | { type: "failed"; clientId: string; error: string }
  | { type: "discard"; clientId: string }
  | { type: "presence"; userId: string; online: boolean }
  | { type: "typing"; userId: string; name: string; until: number }
  | { type: "expireTyping"; now: number }
  | { type: "error"; error: string | null };

export const initialChannelState = (channel: ChannelSummary): ChannelState => ({
  channel,
  messages: [],
  pending: [],
  joined: false,
  more: false,
  loadingOlder: false,
  online: [],
  typing: {},
  error: null,
});

/** Which of two copies of one message is the later state: deleted beats edited beats new. */
function later(current: ChatMessageDto, incoming: ChatMessageDto) {
  if (current.deletedAt && !incoming.deletedAt) return current;
  if (!current.deletedAt && incoming.deletedAt) return incoming;
  if ((current.editedAt ?? "") > (incoming.editedAt ?? "")) return current;
  return incoming;
}

/**
 * Merges messages by seq: one arriving both as `message:new` and in a join ack, or twice after
 * a resend, is kept once, in sequence order.
 */
export function mergeMessages(existing: ChatMessageDto[], incoming: ChatMessageDto[]): ChatMessageDto[] {
  if (incoming.length === 0) return existing;
  const bySeq = new Map(existing.map((message) => [message.seq, message]));
  for (const message of incoming) {
    const current = bySeq.get(message.seq);
    bySeq.set(message.seq, current ? later(current, message) : message);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Stored messages settle the pending ones with the same client id, and end their author's typing. */
function settle(state: ChannelState, messages: ChatMessageDto[]): ChannelState {
  const stored = new Set(messages.map((message) => message.clientId));
  const authors = new Set(messages.map((message) => message.author.id));
  const typing = Object.fromEntries(Object.entries(state.typing).filter(([userId]) => !authors.has(userId)));
  return { ...state, messages: mergeMessages(state.messages, messages), pending: state.pending.filter((item) => !stored.has(item.clientId)), typing };
}

export function channelReducer(state: ChannelState, action: ChannelAction): ChannelState {
  switch (action.type) {
    case "joined": {
      const next = settle(state, action.messages);
      // `more` speaks of older messages only on the first join; a resume's `more` means newer ones.
      return { ...next, channel: action.channel, online: action.online, joined: true, more: action.more ?? state.more };
    }
    case "received":
      return settle(state, action.messages);
    case "older":
      return { ...state, messages: mergeMessages(state.messages, action.messages), more: action.more, loadingOlder: false };
    case "loadingOlder":
      return { ...state, loadingOlder: action.loading };
    case "queued":
      return { ...state, pending: [...state.pending, action.pending], error: null };
    case "retry":
      return { ...state, pending: state.pending.map((item) => (item.clientId === action.clientId ? { ...item, failed: false } : item)), error: null };
    case "failed":
      return { ...state, pending: state.pending.map((item) => (item.clientId === action.clientId ? { ...item, failed: true } : item)), error: action.error };
    case "discard":
      return { ...state, pending: state.pending.filter((item) => item.clientId !== action.clientId) };
    case "presence": {
      const others = state.online.filter((id) => id !== action.userId);
      return { ...state, online: action.online ? [...others, action.userId] : others };
    }
    case "typing":
      return { ...state, typing: { ...state.typing, [action.userId]: { name: action.name, until: action.until } } };
    case "expireTyping": {
      const typing = Object.fromEntries(Object.entries(state.typing).filter(([, entry]) => entry.until > action.now));
      return Object.keys(typing).length === Object.keys(state.typing).length ? state : { ...state, typing };
    }
    case "error":
      return { ...state, error: action.error };
  }
}

/** crypto.randomUUID exists only in secure contexts (https, localhost); plain http falls back. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
