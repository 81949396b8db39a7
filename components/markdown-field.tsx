"use client";
import { useId, useState, type TextareaHTMLAttributes } from "react";
import { Markdown } from "@/components/markdown";
import { TextAreaField } from "@/components/ui/field";

/**
 * A Markdown textarea with its live preview beside it (below on narrow screens), rendered by
 * the same component that readers see. The text is kept in state so that the preview follows
 * every keystroke and survives a refused save.
 */
export function MarkdownField({
  label,
  name,
  defaultValue,
  errors,
  hint,
  previewLabel,
  previewEmpty,
  ...textarea
}: {
  label: string;
  name: string;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  previewLabel: string;
  previewEmpty: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "defaultValue" | "onChange">) {
  const [text, setText] = useState(defaultValue);
  const previewId = useId();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField label={label} name={name} hint={hint} errors={errors} value={text} onChange={(event) => setText(event.currentTarget.value)} {...textarea} />
      <section aria-labelledby={previewId} className="min-w-0 space-y-1.5">
        <h2 id={previewId} className="text-sm font-medium text-slate-800">
          {previewLabel}
        </h2>
        <div data-testid="markdown-preview" className="max-h-[28rem] min-h-40 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-4">
          {text.trim() ? <Markdown>{text}</Markdown> : <p className="text-slate-600">{previewEmpty}</p>}
        </div>
      </section>
    </div>
  );
}
