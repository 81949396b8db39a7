"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { followCountry, unfollowCountry } from "@/lib/notifications/follows";
import { signedInAction } from "@/lib/server-action";

/** "Follow this market" / "Following": the form says which way (`follow` = "on" or "off"). */
export async function toggleFollowAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return signedInAction(formData, async (user, fields) => {
    const follow = fields.follow === "on";
    await (follow ? followCountry : unfollowCountry)({ actorId: user.id, country: fields.country });
    revalidatePath("/[locale]/markets/[country]", "page");
    return { ok: true, message: follow ? "marketFollowed" : "marketUnfollowed" };
  });
}
