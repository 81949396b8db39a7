import { z } from "zod";
import { CHAT_BODY_MAX } from "@/lib/realtime/events";
import { id } from "@/lib/validation";

// Every socket payload and chat action is parsed with these before anything else happens.
// Messages are `validation.*` keys, translated for the person who sent the payload.

const seq = z.number({ error: "validation.invalid" }).int("validation.invalid").min(0, "validation.invalid").max(2_147_483_647, "validation.invalid");

/**
 * Message text: kept as typed (it is never rendered as HTML, so markup is harmless text), but
 * it must say something, stay within the limit and carry no control characters other than
 * line breaks and tabs.
 */
export const messageBody = z
  .string({ error: "validation.required" })
  .max(CHAT_BODY_MAX, "validation.tooLong")
  .refine((value) => value.trim().length > 0, "validation.required")
  .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), "validation.invalid");

export const channelRefSchema = z.object({ channelId: id });
export const joinSchema = z.object({ channelId: id, afterSeq: seq.optional() });
export const historySchema = z.object({ channelId: id, beforeSeq: seq });
export const readSchema = z.object({ channelId: id, seq });
export const sendSchema = z.object({ channelId: id, clientId: z.uuid({ error: "validation.invalid" }), body: messageBody });
export const editSchema = z.object({ messageId: id, body: messageBody });
export const messageRefSchema = z.object({ messageId: id });
export const directSchema = z.object({ userId: id });
export const eventRefSchema = z.object({ eventId: id });
