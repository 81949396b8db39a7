import type { NetworkRole, NetworkStatus } from "@/generated/prisma/enums";

export const STARTUP_MEETINGS_REQUIRED = 3;

/** Organisers run an active network; until hand-over its facilitator runs it. */
export const canManageNetwork = (role: NetworkRole | null | undefined) => role === "ORGANISER" || role === "FACILITATOR";

/** Member firms are members and organisers; the facilitator advises and is not counted. */
export const isMemberFirm = (role: NetworkRole | null | undefined) => role === "MEMBER" || role === "ORGANISER";

export const canHandOver = (status: NetworkStatus, meetingsHeld: number) =>
  status === "FORMING" && meetingsHeld >= STARTUP_MEETINGS_REQUIRED;

export const canRecordStartupMeeting = (status: NetworkStatus, meetingsHeld: number) =>
  status === "FORMING" && meetingsHeld < STARTUP_MEETINGS_REQUIRED;

/** An active network always keeps at least one organiser. */
export const wouldLeaveWithoutOrganiser = (status: NetworkStatus, organiserCount: number, losingOrganiser: boolean) =>
  status === "ACTIVE" && losingOrganiser && organiserCount <= 1;

export const isInvitationUsable = (invitation: { expiresAt: Date; maxUses: number; uses: number; revokedAt: Date | null }, now = new Date()) =>
  !invitation.revokedAt && invitation.expiresAt > now && invitation.uses < invitation.maxUses;

/** A URL-safe slug from a network name: "Kosmopolit Övre Norrland" → "kosmopolit-ovre-norrland". */
export const slugify = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
