"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { createInvitation, revokeInvitation } from "@/lib/networks/invitations";
import { decideJoinRequest } from "@/lib/networks/join-requests";
import { handOverNetwork, recordStartupMeeting } from "@/lib/networks/lifecycle";
import { removeMember, setMemberRole } from "@/lib/networks/members";
import { signedInAction } from "@/lib/server-action";

const refresh = () => revalidatePath("/[locale]/networks/[slug]", "layout");

export async function decideJoinRequestAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await decideJoinRequest({ actorId: user.id, requestId: fields.requestId, decision: fields.decision, message: fields.message });
    refresh();
    return { ok: true, message: fields.decision === "APPROVED" ? "requestApproved" : "requestDeclined" };
  });
}

export async function createInvitationAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    const invitation = await createInvitation({ actorId: user.id, slug: fields.slug, expiresInDays: fields.expiresInDays, maxUses: fields.maxUses });
    refresh();
    return { ok: true, message: "invitationCreated", result: { token: invitation.token } };
  });
}

export async function revokeInvitationAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await revokeInvitation({ actorId: user.id, slug: fields.slug, invitationId: fields.invitationId });
    refresh();
    return { ok: true, message: "invitationRevoked" };
  });
}

export async function setMemberRoleAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await setMemberRole({ actorId: user.id, slug: fields.slug, userId: fields.userId, role: fields.role });
    refresh();
    return { ok: true, message: fields.role === "ORGANISER" ? "memberPromoted" : "memberDemoted" };
  });
}

export async function removeMemberAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await removeMember({ actorId: user.id, slug: fields.slug, userId: fields.userId });
    refresh();
    return { ok: true, message: "memberRemoved" };
  });
}

export async function recordStartupMeetingAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await recordStartupMeeting({ actorId: user.id, slug: fields.slug, heldOn: fields.heldOn, notes: fields.notes });
    refresh();
    return { ok: true, message: "startupMeetingRecorded" };
  });
}

export async function handOverAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await handOverNetwork({ actorId: user.id, slug: fields.slug, organiserIds: fields.organiserIds ?? [] });
    refresh();
    return { ok: true, message: "handedOver" };
  });
}
