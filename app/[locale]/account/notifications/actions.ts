"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { setPreferences } from "@/lib/notifications/preferences";
import { signedInAction } from "@/lib/server-action";

/** The form posts `kind → delivery` (and `digest`); the service refuses unknown kinds or deliveries as a whole. */
export async function savePreferencesAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await setPreferences({ actorId: user.id, preferences: fields });
    revalidatePath("/[locale]/account/notifications", "page");
    return { ok: true, message: "notificationPreferencesSaved" };
  });
}
