"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { initialActionState } from "@/lib/action-state";
import type { ButtonVariant } from "./ui/button";
import { FormMessage } from "./ui/form-message";
import { SubmitButton } from "./ui/submit-button";

/**
 * A one-button form for an action that needs no input beyond hidden fields
 * (leave, withdraw, revoke…), with an optional confirmation prompt.
 */
export function ActionButton({
  action,
  fields,
  children,
  variant = "secondary",
  confirm,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  children: React.ReactNode;
  variant?: ButtonVariant;
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} size="sm">
        {children}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
