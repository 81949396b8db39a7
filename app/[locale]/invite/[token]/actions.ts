"use server";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { acceptInvitation } from "@/lib/networks/invitations";
import { signedInAction } from "@/lib/server-action";

export async function acceptInvitationAction(_previous: ActionState, formData: FormData) {
  const locale = await getLocale();
  let slug: string | undefined;
  const state = await signedInAction(formData, async (user, fields) => {
    ({ slug } = await acceptInvitation({ actorId: user.id, token: fields.token }));
    return { ok: true, message: "joinedByInvitation" };
  });
  if (state.ok && slug) redirect(`/${locale}/networks/${slug}`);
  return state;
}
