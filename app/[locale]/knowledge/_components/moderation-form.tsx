"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { KNOWLEDGE_LIMITS } from "@/lib/knowledge/schema";
import { moderateUnpublishAction } from "../actions";

/** An organiser or admin takes an item down, with a note the author receives. */
export function ModerationForm({ itemId }: { itemId: string }) {
  const t = useTranslations("knowledge");
  const [state, action] = useActionState(moderateUnpublishAction, initialActionState);
  return (
    <form action={action} className="space-y-3" aria-label={t("moderation")}>
      <input type="hidden" name="itemId" value={itemId} />
      <TextAreaField label={t("moderationNote")} name="note" rows={2} hint={t("moderationNoteHint")} maxLength={KNOWLEDGE_LIMITS.moderationNote} errors={state.fieldErrors?.note} />
      <FormMessage state={state} />
      <SubmitButton variant="danger" size="sm">
        {t("unpublish")}
      </SubmitButton>
    </form>
  );
}
