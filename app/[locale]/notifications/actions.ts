"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnread, markRead } from "@/lib/notifications/service";
import { signedInAction } from "@/lib/server-action";

export async function markReadAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await markRead({ actorId: user.id, id: typeof fields.id === "string" ? fields.id : undefined });
    revalidatePath("/[locale]", "layout");
  });
}

/** The bell's count when its socket (re)connects: pushes sent while it was not connected are not replayed. */
export async function unreadNotificationsAction(): Promise<number | null> {
  const user = await getCurrentUser();
  return user ? countUnread({ actorId: user.id }) : null;
}
