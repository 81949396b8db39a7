import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { formFields } from "@/lib/form-fields";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { setFlash } from "@/lib/flash";
import type { SessionUser } from "@/lib/auth/service";

const echo = (fields: Record<string, string | string[]>) =>
  Object.fromEntries(Object.entries(fields).filter(([key, value]) => !/password/i.test(key) && typeof value === "string")) as Record<string, string>;

/**
 * Runs a server action's body for a signed-in user and turns refusals into form state.
 * Unexpected errors are rethrown so they are logged and shown by the error boundary.
 */
export async function signedInAction(
  formData: FormData,
  body: (user: SessionUser, fields: Record<string, string | string[]>) => Promise<ActionState | void>,
): Promise<ActionState> {
  const fields = formFields(formData);
  const user = await getCurrentUser();
  if (!user) return { message: "signInRequired", values: echo(fields) };
  return runAction(fields, () => body(user, fields));
}

export async function runAction(fields: Record<string, string | string[]>, body: () => Promise<ActionState | void>): Promise<ActionState> {
  try {
    const state = (await body()) ?? { ok: true };
    if (state.ok && state.message) await setFlash(state.message);
    return state;
  } catch (error) {
    unstable_rethrow(error); // redirects and other Next.js control flow pass through
    if (error instanceof AppError) return { message: error.messageKey, fieldErrors: error.fieldErrors, values: echo(fields) };
    throw error;
  }
}
