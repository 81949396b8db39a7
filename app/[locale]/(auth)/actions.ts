"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInSchema } from "@/lib/auth/schema";
import { registerUser, revokeAllSessions } from "@/lib/auth/service";
import { parseInput } from "@/lib/errors";
import { safeReturnPath } from "@/lib/safe-redirect";
import { formFields } from "@/lib/form-fields";
import { runAction } from "@/lib/server-action";

async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<ActionState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { message: error.code === "rate_limited" ? "signInRateLimited" : "invalidCredentials", values: { email } };
    }
    if (error instanceof AuthError) return { message: "invalidCredentials", values: { email } };
    throw error; // includes the redirect that follows a successful sign-in
  }
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const locale = await getLocale();
  return runAction(fields, async () => {
    const { email, password } = parseInput(signInSchema, fields);
    return signInWithPassword(email, password, safeReturnPath(fields.callbackUrl, locale));
  });
}

export async function registerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const locale = await getLocale();
  return runAction(fields, async () => {
    const user = await registerUser({ ...fields, locale });
    return signInWithPassword(user.email, String(fields.password), safeReturnPath(fields.callbackUrl, locale));
  });
}

export async function signOutAction() {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}

/** Ends every session of this account, on every device, then this one. */
export async function signOutEverywhereAction() {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (user) await revokeAllSessions({ actorId: user.id });
  await signOut({ redirectTo: `/${locale}/sign-in?signedOutEverywhere=1` });
}
