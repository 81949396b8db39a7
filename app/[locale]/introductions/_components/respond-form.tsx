"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { RESPONSE_MAX } from "@/lib/introductions/rules";
import { respondToIntroductionAction } from "../actions";

/** Accept or decline a request, with an optional note to the asker. */
export function RespondForm({ introductionId, askerName }: { introductionId: string; askerName: string }) {
  const t = useTranslations("introductions");
  const [state, action] = useActionState(respondToIntroductionAction, initialActionState);
  return (
    <form action={action} className="space-y-3" aria-label={t("respondTo", { name: askerName })}>
      <input type="hidden" name="introductionId" value={introductionId} />
      <TextAreaField
        label={t("response")}
        name="response"
        hint={t("responseHint")}
        rows={2}
        maxLength={RESPONSE_MAX}
        defaultValue={state.values?.response}
        errors={state.fieldErrors?.response}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="ACCEPTED" size="sm">
          {t("accept")}
        </SubmitButton>
        <SubmitButton name="decision" value="DECLINED" size="sm" variant="secondary">
          {t("decline")}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
