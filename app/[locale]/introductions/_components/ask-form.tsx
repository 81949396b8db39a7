"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { REASON_MAX } from "@/lib/introductions/rules";
import { askForIntroductionAction } from "../actions";

export type CountryChoice = { code: string; name: string; pending: boolean };

/** The request form of the profile page's introduction panel. */
export function AskForm({ targetId, countries }: { targetId: string; countries: CountryChoice[] }) {
  const t = useTranslations("introductions");
  const [state, action] = useActionState(askForIntroductionAction, initialActionState);
  const firstOpen = countries.find((country) => !country.pending)?.code;
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("askTitle")}>
      <FormMessage state={state} />
      <input type="hidden" name="targetId" value={targetId} />
      <SelectField
        label={t("country")}
        name="country"
        required
        defaultValue={state.values?.country ?? firstOpen}
        errors={state.fieldErrors?.country}
        options={countries.map((country) => ({
          value: country.code,
          label: country.pending ? t("countryPending", { country: country.name }) : country.name,
          disabled: country.pending,
        }))}
      />
      <TextAreaField
        label={t("reason")}
        name="reason"
        hint={t("reasonHint")}
        required
        maxLength={REASON_MAX}
        defaultValue={state.values?.reason}
        errors={state.fieldErrors?.reason}
      />
      <SubmitButton>{t("send")}</SubmitButton>
    </form>
  );
}
