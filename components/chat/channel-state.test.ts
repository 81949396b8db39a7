import { describe, expect, it } from "vitest";
import type { ChannelSummary, ChatMessageDto } from "@/lib/realtime/events";
import { channelReducer, initialChannelState, mergeMessages, newClientId } from "./channel-state";
import { safeHref } from "./linkified-text";

const channel: ChannelSummary = {
  id: "c1",
  kind: "NETWORK",
  name: "Net",
  networkSlug: "net",
  otherUserId: null,
  eventId: null,
  lastSeq: 0,
  lastReadSeq: 0,
  unread: 0,
  canSend: true,
  canModerate: false,
};

const message = (seq: number, extra: Partial<ChatMessageDto> = {}): ChatMessageDto => ({
  id: `m${seq}`,
  channelId: "c1",
  seq,
  clientId: `client-${seq}`,
  author: { id: "u1", name: "Ann", photoVersion: null },
  body: `body ${seq}`,
  createdAt: "2026-01-01T10:00:00.000Z",
  editedAt: null,
  deletedAt: null,
  ...extra,
});

describe("mergeMessages", () => {
  it("keeps one copy per seq, in sequence order", () => {
    const merged = mergeMessages([message(1), message(3)], [message(2), message(3), message(1)]);
    expect(merged.map((item) => item.seq)).toEqual([1, 2, 3]);
  });

  it("keeps the later state of a message whichever copy arrives last", () => {
    const deleted = message(1, { body: "", deletedAt: "2026-01-01T10:05:00.000Z" });
    const edited = message(1, { body: "new", editedAt: "2026-01-01T10:01:00.000Z" });
    expect(mergeMessages([deleted], [message(1)])[0]).toBe(deleted);
    expect(mergeMessages([edited], [message(1)])[0]).toBe(edited);
    expect(mergeMessages([message(1)], [edited])[0]).toBe(edited);
  });
});

describe("channelReducer", () => {
  it("settles a pending message when the stored one arrives, by client id, once", () => {
    let state = channelReducer(initialChannelState(channel), { type: "queued", pending: { clientId: "client-5", body: "body 5", createdAt: "", failed: false } });
    state = channelReducer(state, { type: "received", messages: [message(5)] });
    state = channelReducer(state, { type: "joined", channel, messages: [message(5)], online: [] });
    expect(state.pending).toEqual([]);
    expect(state.messages.map((item) => item.seq)).toEqual([5]);
  });

  it("takes 'more' as older pages only from a first join", () => {
    let state = channelReducer(initialChannelState(channel), { type: "joined", channel, messages: [message(60)], online: [], more: true });
    state = channelReducer(state, { type: "joined", channel, messages: [message(61)], online: [] });
    expect(state.more).toBe(true);
  });

  it("ends a person's typing notice when their message arrives", () => {
    let state = channelReducer(initialChannelState(channel), { type: "typing", userId: "u1", name: "Ann", until: Date.now() + 5000 });
    state = channelReducer(state, { type: "received", messages: [message(1)] });
    expect(state.typing).toEqual({});
  });
});

describe("safeHref", () => {
  it("lets web and e-mail links through and nothing else", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHref("mailto:ann@example.com")).toBe("mailto:ann@example.com");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<b>x</b>")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
  });
});

it("makes version 4 UUIDs", () => {
  expect(newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
