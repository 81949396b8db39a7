"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { appointFacilitatorAction } from "../actions";

export function AppointFacilitatorForm() {
  const t = useTranslations("admin");
  const [state, action] = useActionState(appointFacilitatorAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("facilitatorEmail")} name="email" type="email" defaultValue={state.ok ? "" : state.values?.email} errors={state.fieldErrors?.email} hint={t("facilitatorEmailHint")} />
        <TextField label={t("organisation")} name="organisation" defaultValue={state.ok ? "" : state.values?.organisation} errors={state.fieldErrors?.organisation} />
      </div>
      <SubmitButton size="sm">{t("appoint")}</SubmitButton>
    </form>
  );
}
