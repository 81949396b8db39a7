"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { requestToJoinAction } from "../actions";

export function JoinForm({ slug }: { slug: string }) {
  const t = useTranslations("network");
  const [state, action] = useActionState(requestToJoinAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="slug" value={slug} />
      <TextAreaField
        label={t("motivation")}
        name="motivation"
        hint={t("motivationHint")}
        required
        maxLength={1000}
        defaultValue={state.values?.motivation}
        errors={state.fieldErrors?.motivation}
      />
      <SubmitButton>{t("askToJoin")}</SubmitButton>
    </form>
  );
}
