"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { recordStartupMeetingAction } from "../actions";

export function StartupMeetingForm({ slug, nextNumber, today }: { slug: string; nextNumber: number; today: string }) {
  const t = useTranslations("manage");
  const [state, action] = useActionState(recordStartupMeetingAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <TextField label={t("meetingDate", { number: nextNumber })} name="heldOn" type="date" max={today} defaultValue={state.values?.heldOn ?? today} errors={state.fieldErrors?.heldOn} />
      <TextAreaField label={t("meetingNotes")} name="notes" rows={2} maxLength={1000} defaultValue={state.values?.notes} errors={state.fieldErrors?.notes} />
      <SubmitButton size="sm">{t("recordMeeting")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
