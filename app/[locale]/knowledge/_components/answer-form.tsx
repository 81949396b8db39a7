"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useActionGeneration } from "@/components/profile/use-action-generation";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { KNOWLEDGE_LIMITS } from "@/lib/knowledge/schema";
import { postAnswerAction } from "../actions";

export function AnswerForm({ questionId }: { questionId: string }) {
  const t = useTranslations("knowledge");
  const [state, action] = useActionState(postAnswerAction, initialActionState);
  // A posted answer empties the box; a refused one keeps what was typed.
  const generation = useActionGeneration(state);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="questionId" value={questionId} />
      <TextAreaField
        key={generation}
        label={t("yourAnswer")}
        name="body"
        rows={6}
        required
        hint={t("markdownHint")}
        maxLength={KNOWLEDGE_LIMITS.answer}
        defaultValue={state.ok ? "" : state.values?.body}
        errors={state.fieldErrors?.body}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("posting")}>{t("postAnswer")}</SubmitButton>
    </form>
  );
}
