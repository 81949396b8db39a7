"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { cn } from "@/components/ui/cn";
import { initialActionState } from "@/lib/action-state";
import { REASON_MAX } from "@/lib/introductions/rules";
import { askForIntroductionAction } from "../actions";

export type CountryChoice = { code: string; name: string; pending: boolean };

/** The request form of the profile page's introduction panel. */
export function AskForm({ targetId, countries }: { targetId: string; countries: CountryChoice[] }) {
  const t = useTranslations("introductions");
  const tAll = useTranslations();
  const [state, action] = useActionState(askForIntroductionAction, initialActionState);
  const selectId = useId();
  const countryErrors = state.fieldErrors?.country;
  const firstOpen = countries.find((country) => !country.pending)?.code;
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("askTitle")}>
      <FormMessage state={state} />
      <input type="hidden" name="targetId" value={targetId} />
      <div className="space-y-1.5">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          {t("country")}
        </label>
        <select
          id={selectId}
          name="country"
          required
          defaultValue={state.values?.country ?? firstOpen}
          aria-invalid={countryErrors?.length ? true : undefined}
          aria-describedby={countryErrors?.length ? `${selectId}-error` : undefined}
          className={cn(
            "block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-700",
            countryErrors?.length ? "border-red-600" : "border-slate-300",
          )}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code} disabled={country.pending}>
              {country.pending ? t("countryPending", { country: country.name }) : country.name}
            </option>
          ))}
        </select>
        {countryErrors?.length ? (
          <p id={`${selectId}-error`} className="text-sm font-medium text-red-700" role="alert">
            {countryErrors.map((key) => tAll(key)).join(" ")}
          </p>
        ) : null}
      </div>
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
