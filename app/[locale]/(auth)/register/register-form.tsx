"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { initialActionState } from "@/lib/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";
import { registerAction } from "../actions";

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(registerAction, initialActionState);
  const consentErrors = state.fieldErrors?.consent;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField label={t("auth.name")} name="name" autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <TextField label={t("auth.email")} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        errors={state.fieldErrors?.password}
      />
      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input id="consent" name="consent" type="checkbox" className="mt-1 size-4 rounded border-slate-400 accent-brand-700" aria-invalid={consentErrors ? true : undefined} aria-describedby={consentErrors ? "consent-error" : undefined} />
          <label htmlFor="consent" className="text-sm text-slate-800">
            {t.rich("auth.consent", {
              link: (chunks) => (
                <Link href="/privacy" className="font-medium text-brand-700 underline" target="_blank">
                  {chunks}
                </Link>
              ),
            })}
          </label>
        </div>
        {consentErrors && (
          <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">
            {consentErrors.map((key) => t(key)).join(" ")}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel={t("auth.creatingAccount")}>{t("auth.createAccount")}</SubmitButton>
    </form>
  );
}
