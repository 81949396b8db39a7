"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { appointFacilitator } from "@/lib/networks/lifecycle";
import { signedInAction } from "@/lib/server-action";

export async function appointFacilitatorAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await appointFacilitator({ actorId: user.id, email: fields.email, organisation: fields.organisation });
    revalidatePath("/[locale]/admin", "page");
    return { ok: true, message: "facilitatorAppointed" };
  });
}
