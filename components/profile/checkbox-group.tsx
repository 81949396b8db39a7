"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { SelectOption } from "@/components/ui/select-field";

/** A fieldset of checkboxes sharing one name; the legend labels the group, errors follow it. */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  onToggle,
  errors,
  hint,
  columns = 2,
}: {
  legend: string;
  name: string;
  options: SelectOption[];
  checked: readonly string[];
  onToggle?: (value: string, on: boolean) => void;
  errors?: string[];
  hint?: string;
  columns?: 1 | 2 | 3;
}) {
  const t = useTranslations();
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="space-y-2" aria-describedby={[hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className={cn("grid gap-x-4 gap-y-1.5", columns === 2 && "sm:grid-cols-2", columns === 3 && "sm:grid-cols-3")}>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              onChange={(event) => onToggle?.(option.value, event.currentTarget.checked)}
              className="size-4 rounded border-slate-400 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      {invalid && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {errors!.map((key) => t(key)).join(" ")}
        </p>
      )}
    </fieldset>
  );
}
