"use server";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { createNetwork } from "@/lib/networks/lifecycle";
import { signedInAction } from "@/lib/server-action";

export async function createNetworkAction(_previous: ActionState, formData: FormData) {
  const locale = await getLocale();
  let slug: string | undefined;
  const state = await signedInAction(formData, async (user, fields) => {
    ({ slug } = await createNetwork({ actorId: user.id, ...fields }));
    return { ok: true, message: "networkCreated" };
  });
  if (state.ok && slug) redirect(`/${locale}/networks/${slug}`);
  return state;
}
