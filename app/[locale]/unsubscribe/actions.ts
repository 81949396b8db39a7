"use server";
import type { ActionState } from "@/lib/action-state";
import { formFields } from "@/lib/form-fields";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { runAction } from "@/lib/server-action";

/** No sign-in: the signed token is the authority (the emails' link); a forged or expired one is refused. */
export async function unsubscribeAction(_previous: ActionState, formData: FormData) {
  const fields = formFields(formData);
  return runAction(fields, async () => {
    await unsubscribe(fields.token);
    return { ok: true };
  });
}
