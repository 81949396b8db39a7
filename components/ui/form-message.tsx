"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { Alert } from "./alert";

/**
 * The form-level refusal of an action, from `errors.*`. Successes are shown by the layout's
 * flash region (see lib/flash.ts), because the form is often gone after the change.
 */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations("errors");
  if (!state.message || state.ok) return null;
  return <Alert tone="error">{t(state.message)}</Alert>;
}
