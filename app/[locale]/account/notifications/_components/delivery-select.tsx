"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { controlClasses } from "@/components/ui/field";

/**
 * One kind's delivery: label and select side by side from small screens up, stacked on a
 * phone, so the long kind names (and their Arabic) never squeeze the choice.
 */
export function DeliverySelect({
  name,
  label,
  options,
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  const t = useTranslations();
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <div className="grid gap-1.5 py-3 first:pt-0 last:pb-0 sm:grid-cols-[1fr_13rem] sm:items-center sm:gap-4">
      <label htmlFor={id} className="text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} className={controlClasses(invalid)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {invalid && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 sm:col-span-2" role="alert">
          {errors!.map((key) => t(key)).join(" ")}
        </p>
      )}
    </div>
  );
}
