"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { removeCompany, updateCompany } from "@/lib/profiles/company";
import { signedInAction } from "@/lib/server-action";

function revalidateCompany() {
  revalidatePath("/[locale]/account/company", "page");
  revalidatePath("/[locale]/members/[id]", "page");
}

export async function updateCompanyAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await updateCompany({ actorId: user.id, ...fields });
    revalidateCompany();
    return { ok: true, message: "companySaved" };
  });
}

export async function removeCompanyAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user) => {
    await removeCompany({ actorId: user.id });
    revalidateCompany();
    return { ok: true, message: "companyRemoved" };
  });
}
