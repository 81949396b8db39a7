"use client";
import { useId, type SelectHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { controlClasses } from "./field";

export type SelectOption = { value: string; label: string; disabled?: boolean };

/** A labelled select in the style of components/ui/field.tsx, with hint and `validation.*` errors. */
export function SelectField({
  label,
  name,
  options,
  placeholder,
  hint,
  errors,
  ...select
}: { label: string; name: string; options: SelectOption[]; placeholder?: string; hint?: string; errors?: string[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const t = useTranslations();
  const id = useId();
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={controlClasses(invalid)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {errors!.map((key) => t(key)).join(" ")}
        </p>
      )}
    </div>
  );
}
