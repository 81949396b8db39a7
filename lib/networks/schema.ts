import { z } from "zod";
import { id, languageCode, optionalText, plainText, slug } from "@/lib/validation";

export const networkSlugSchema = z.object({ slug });

export const joinRequestSchema = z.object({
  slug,
  motivation: plainText(10, 1000),
});

export const decideJoinRequestSchema = z.object({
  requestId: id,
  decision: z.enum(["APPROVED", "DECLINED"], { error: "validation.invalid" }),
  message: optionalText(500),
});

export const createInvitationSchema = z.object({
  slug,
  expiresInDays: z.coerce.number({ error: "validation.number" }).int("validation.number").min(1, "validation.min").max(90, "validation.max"),
  maxUses: z.coerce.number({ error: "validation.number" }).int("validation.number").min(1, "validation.min").max(500, "validation.max"),
});

export const invitationTokenSchema = z.object({
  token: z.string().trim().regex(/^[A-Za-z0-9_-]{20,64}$/, "validation.invitationToken"),
});

export const revokeInvitationSchema = z.object({ slug, invitationId: id });

export const memberActionSchema = z.object({ slug, userId: id });

export const setRoleSchema = memberActionSchema.extend({
  role: z.enum(["MEMBER", "ORGANISER"], { error: "validation.invalid" }),
});

const languageList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,]+/)).map((code) => code.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(languageCode).min(1, "validation.required").max(10, "validation.tooMany"));

export const createNetworkSchema = z.object({
  name: plainText(3, 80),
  slug: slug.optional().or(z.literal("").transform(() => undefined)),
  region: plainText(2, 80),
  city: plainText(2, 60),
  description: plainText(20, 2000),
  languages: languageList,
  /** Required when an admin creates the network: the facilitator who will run it. */
  facilitatorId: id.optional().or(z.literal("").transform(() => undefined)),
});

export const recordStartupMeetingSchema = z.object({
  slug,
  heldOn: z.iso.date("validation.date"),
  notes: optionalText(1000),
});

export const handOverSchema = z.object({
  slug,
  organiserIds: z
    .union([id, z.array(id)])
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
    .pipe(z.array(id).min(1, "validation.chooseOrganiser").max(10, "validation.tooMany")),
});

export const appointFacilitatorSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("validation.email")),
  organisation: plainText(2, 120),
});
