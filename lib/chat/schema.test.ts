import { describe, expect, it } from "vitest";
import { CHAT_BODY_MAX } from "@/lib/realtime/events";
import { joinSchema, sendSchema } from "./schema";

const valid = { channelId: "c1", clientId: "6f1c2b1e-8d8e-4f5e-9c4a-1b2c3d4e5f60", body: "Hej" };

describe("chat payloads", () => {
  it("keep a message as typed, markup and line breaks included", () => {
    expect(sendSchema.parse({ ...valid, body: "  <b>hi</b>\nrad två\t" }).body).toBe("  <b>hi</b>\nrad två\t");
  });

  it.each([
    ["empty", ""],
    ["only spaces", "  \n "],
    ["too long", "x".repeat(CHAT_BODY_MAX + 1)],
    ["a NUL character", "a\u0000b"],
    ["an escape character", "a\u001bb"],
  ])("refuse a body that is %s", (_, body) => {
    expect(sendSchema.safeParse({ ...valid, body }).success).toBe(false);
  });

  it("accepts exactly the limit, in characters", () => {
    expect(sendSchema.safeParse({ ...valid, body: "å".repeat(CHAT_BODY_MAX) }).success).toBe(true);
  });

  it("refuses a client id that is not a UUID and a negative or fractional sequence", () => {
    expect(sendSchema.safeParse({ ...valid, clientId: "1" }).success).toBe(false);
    expect(joinSchema.safeParse({ channelId: "c1", afterSeq: -1 }).success).toBe(false);
    expect(joinSchema.safeParse({ channelId: "c1", afterSeq: 1.5 }).success).toBe(false);
    expect(joinSchema.safeParse({ channelId: "c1", afterSeq: "3" }).success).toBe(false);
    expect(joinSchema.safeParse({ channelId: "c1" }).success).toBe(true);
  });
});
