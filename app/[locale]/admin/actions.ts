"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { removeUserByEmail } from "@/lib/auth/service";
import { appointFacilitator } from "@/lib/networks/lifecycle";
import { signedInAction } from "@/lib/server-action";

export async function appointFacilitatorAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await appointFacilitator({ actorId: user.id, email: fields.email, organisation: fields.organisation });
    revalidatePath("/[locale]/admin", "page");
    return { ok: true, message: "facilitatorAppointed" };
  });
}

export async function removeAccountAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await removeUserByEmail({ actorId: user.id, email: fields.email });
    return { ok: true, message: "accountRemoved" };
  });
}
