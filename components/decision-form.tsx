"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { initialActionState } from "@/lib/action-state";
import { TextAreaField } from "./ui/field";
import { FormMessage } from "./ui/form-message";
import { SubmitButton } from "./ui/submit-button";

/**
 * Yes-or-no on someone's request (a join request, an introduction) with an optional note to
 * them. The pressed button posts `decision` with its value.
 */
export function DecisionForm({
  action,
  fields,
  label,
  note,
  accept,
  decline,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  note: { name: string; label: string; hint?: string; maxLength: number };
  accept: { value: string; label: string };
  decline: { value: string; label: string };
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3" aria-label={label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextAreaField label={note.label} name={note.name} hint={note.hint} rows={2} maxLength={note.maxLength} defaultValue={state.values?.[note.name]} errors={state.fieldErrors?.[note.name]} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value={accept.value} size="sm">
          {accept.label}
        </SubmitButton>
        <SubmitButton name="decision" value={decline.value} size="sm" variant="secondary">
          {decline.label}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
