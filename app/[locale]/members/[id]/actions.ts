"use server";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { isLocale } from "@/i18n/routing";
import { openDirectChannel } from "@/lib/chat/direct";
import { signedInAction } from "@/lib/server-action";

/** Opens (or finds) the conversation with this member and goes there. */
export async function openDirectChannelAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    const { channelId } = await openDirectChannel({ actorId: user.id, userId: fields.userId });
    const locale = isLocale(fields.locale) ? fields.locale : "en";
    redirect(`/${locale}/chat/${encodeURIComponent(channelId)}`);
  });
}
