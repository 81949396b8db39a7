"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { askForIntroduction, respondToIntroduction, withdrawIntroduction } from "@/lib/introductions/service";
import { signedInAction } from "@/lib/server-action";

const revalidate = () => {
  revalidatePath("/[locale]/introductions", "page");
  revalidatePath("/[locale]/members/[id]", "page");
};

export async function askForIntroductionAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await askForIntroduction({ actorId: user.id, targetId: fields.targetId, country: fields.country, reason: fields.reason });
    revalidate();
    return { ok: true, message: "introductionRequested" };
  });
}

export async function respondToIntroductionAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await respondToIntroduction({ actorId: user.id, introductionId: fields.introductionId, decision: fields.decision, response: fields.response });
    revalidate();
    return { ok: true, message: fields.decision === "ACCEPTED" ? "introductionAccepted" : "introductionDeclined" };
  });
}

export async function withdrawIntroductionAction(_previous: ActionState, formData: FormData) {
  return signedInAction(formData, async (user, fields) => {
    await withdrawIntroduction({ actorId: user.id, introductionId: fields.introductionId });
    revalidate();
    return { ok: true, message: "introductionWithdrawn" };
  });
}
