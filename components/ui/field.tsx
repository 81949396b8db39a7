"use client";
import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { cn } from "./cn";

/** The look of every text input, textarea and select. */
export const controlClasses = (invalid: boolean) =>
  cn(
    "block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500",
    "focus:outline-2 focus:outline-offset-1 focus:outline-brand-700",
    invalid ? "border-red-600" : "border-slate-300",
  );

type FieldProps = { label: string; name: string; errors?: string[]; hint?: string };

function FieldShell({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: React.ReactNode }) {
  const t = useTranslations();
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {errors.map((key) => t(key)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;

export function TextField({ label, name, errors, hint, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={cn(controlClasses(Boolean(errors?.length)), className)} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ label, name, errors, hint, className, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} name={name} rows={4} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} className={cn(controlClasses(Boolean(errors?.length)), className)} {...input} />
    </FieldShell>
  );
}
