"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { requestToJoin, withdrawJoinRequest } from "@/lib/networks/join-requests";
import { leaveNetwork } from "@/lib/networks/members";
import { signedInAction } from "@/lib/server-action";

export async function requestToJoinAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await requestToJoin({ actorId: user.id, slug: fields.slug, motivation: fields.motivation });
    revalidatePath("/[locale]/networks/[slug]", "page");
    return { ok: true, message: "joinRequested" };
  });
}

export async function withdrawJoinRequestAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await withdrawJoinRequest({ actorId: user.id, slug: fields.slug });
    revalidatePath("/[locale]/networks/[slug]", "page");
    return { ok: true, message: "requestWithdrawn" };
  });
}

export async function leaveNetworkAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await leaveNetwork({ actorId: user.id, slug: fields.slug });
    revalidatePath("/[locale]/networks/[slug]", "page");
    return { ok: true, message: "leftNetwork" };
  });
}
