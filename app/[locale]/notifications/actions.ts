"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { markRead } from "@/lib/notifications/service";
import { signedInAction } from "@/lib/server-action";

export async function markReadAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await markRead({ actorId: user.id, id: typeof fields.id === "string" ? fields.id : undefined });
    revalidatePath("/[locale]", "layout");
  });
}
