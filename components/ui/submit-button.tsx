"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";

/** A submit button that disables itself while its form's action runs. Name/value tell which of several was pressed. */
export function SubmitButton({
  children,
  variant,
  size,
  pendingLabel,
  name,
  value,
}: {
  children: React.ReactNode;
  variant?: ButtonVariant;
  size?: "md" | "sm";
  pendingLabel?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
