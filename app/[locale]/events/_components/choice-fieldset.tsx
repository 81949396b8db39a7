"use client";
import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export type Choice = { value: string; label: ReactNode; detail?: ReactNode };

/**
 * Checkboxes sharing one name over options that change while the form is open (leader
 * suggestions, briefing articles): each box is controlled, and at `max` the unchosen ones
 * are disabled so the limit is visible before saving.
 */
export function ChoiceFieldset({
  legend,
  hint,
  name,
  choices,
  checked,
  onToggle,
  errors,
  empty,
  max,
}: {
  legend: string;
  hint?: string;
  name: string;
  choices: Choice[];
  checked: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  errors?: string[];
  empty: string;
  max: number;
}) {
  const t = useTranslations();
  const id = useId();
  const invalid = Boolean(errors?.length);
  const full = checked.length >= max;
  return (
    <fieldset className="space-y-2" aria-describedby={[hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {choices.length === 0 ? (
        <p className="text-sm text-slate-600 italic">{empty}</p>
      ) : (
        <ul className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
          {choices.map((choice) => {
            const on = checked.includes(choice.value);
            return (
              <li key={choice.value}>
                <label className="flex items-start gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name={name}
                    value={choice.value}
                    checked={on}
                    disabled={!on && full}
                    onChange={(event) => onToggle(choice.value, event.currentTarget.checked)}
                    className="mt-0.5 size-4 rounded border-slate-400 accent-brand-700"
                  />
                  <span>
                    <span className="font-medium">{choice.label}</span>
                    {choice.detail && <span className="block text-slate-600">{choice.detail}</span>}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {invalid && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {errors!.map((key) => t(key)).join(" ")}
        </p>
      )}
    </fieldset>
  );
}
