"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { createInvitationAction } from "../actions";

export function InvitationForm({ slug }: { slug: string }) {
  const t = useTranslations("manage");
  const locale = useLocale();
  const [state, action] = useActionState(createInvitationAction, initialActionState);
  // A token exists only after the action ran in the browser, so `window` is there.
  const link = state.result?.token ? `${window.location.origin}/${locale}/invite/${state.result.token}` : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("expiresInDays")} name="expiresInDays" type="number" min={1} max={90} defaultValue={state.values?.expiresInDays ?? "14"} errors={state.fieldErrors?.expiresInDays} />
        <TextField label={t("maxUses")} name="maxUses" type="number" min={1} max={500} defaultValue={state.values?.maxUses ?? "10"} errors={state.fieldErrors?.maxUses} />
      </div>
      <SubmitButton size="sm">{t("createInvitation")}</SubmitButton>
      <FormMessage state={state} />
      {link && (
        <div className="space-y-2">
          <TextField label={t("invitationLink")} name="invitationLink" readOnly value={link} hint={t("invitationLinkHint")} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </form>
  );
}
