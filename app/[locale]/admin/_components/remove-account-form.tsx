"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { removeAccountAction } from "../actions";

export function RemoveAccountForm() {
  const t = useTranslations("admin");
  const [state, action] = useActionState(removeAccountAction, initialActionState);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        if (!window.confirm(t("removeAccountConfirm"))) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <TextField label={t("removeAccountEmail")} name="email" type="email" defaultValue={state.ok ? "" : state.values?.email} errors={state.fieldErrors?.email} />
      <SubmitButton size="sm" variant="danger">
        {t("removeAccount")}
      </SubmitButton>
    </form>
  );
}
