"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { decideJoinRequestAction } from "../actions";

export function JoinRequestDecision({ requestId, requesterName }: { requestId: string; requesterName: string }) {
  const t = useTranslations("manage");
  const [state, action] = useActionState(decideJoinRequestAction, initialActionState);
  return (
    <form action={action} className="space-y-3" aria-label={t("decideFor", { name: requesterName })}>
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField label={t("decisionMessage")} name="message" rows={2} maxLength={500} errors={state.fieldErrors?.message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="APPROVED" size="sm">
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="DECLINED" size="sm" variant="secondary">
          {t("decline")}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
