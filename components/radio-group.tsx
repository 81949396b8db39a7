"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";

export type RadioOption = { value: string; label: string; hint?: string };

/** A fieldset of radio buttons, each with a short explanation (who can see something, and the like). */
export function RadioGroup({ legend, name, options, defaultValue, errors }: { legend: string; name: string; options: RadioOption[]; defaultValue?: string; errors?: string[] }) {
  const t = useTranslations();
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-start gap-2 text-slate-800">
          <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} className="mt-1 size-4 accent-brand-700" />
          <span>
            <span className="font-medium">{option.label}</span>
            {option.hint && <span className="block text-sm text-slate-600">{option.hint}</span>}
          </span>
        </label>
      ))}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {errors.map((key) => t(key)).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
