"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/action-state";
import { Alert } from "./alert";

/** The form-level outcome of an action: an error from `errors.*` or a success from `success.*`. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations();
  if (!state.message) return null;
  return <Alert tone={state.ok ? "success" : "error"}>{t(state.ok ? `success.${state.message}` : `errors.${state.message}`)}</Alert>;
}
