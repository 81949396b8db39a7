"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { profileInputFromForm } from "@/lib/profiles/form";
import { removeProfilePhoto, setProfilePhoto } from "@/lib/profiles/photos";
import { updateProfile } from "@/lib/profiles/profile-editor";
import { signedInAction } from "@/lib/server-action";

function revalidateProfile() {
  revalidatePath("/[locale]/account/profile", "page");
  revalidatePath("/[locale]/members/[id]", "page");
}

export async function updateProfileAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await updateProfile({ actorId: user.id, ...profileInputFromForm(fields) });
    revalidateProfile();
    return { ok: true, message: "profileSaved" };
  });
}

export async function uploadPhotoAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user) => {
    await setProfilePhoto({ actorId: user.id, photo: formData.get("photo") });
    revalidateProfile();
    return { ok: true, message: "photoSaved" };
  });
}

export async function removePhotoAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user) => {
    await removeProfilePhoto({ actorId: user.id });
    revalidateProfile();
    return { ok: true, message: "photoRemoved" };
  });
}
