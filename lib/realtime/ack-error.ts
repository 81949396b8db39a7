import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import type { AckError } from "./events";

/**
 * An error as an acknowledgement, already in the person's language. Expected refusals
 * (AppError) say what was wrong — for invalid input, the first field's problem; anything else
 * is logged and answered with a generic message.
 */
export function toAckError(error: unknown, locale: string): AckError {
  const t = translatorFor(locale);
  if (error instanceof AppError) {
    const fieldKey = error.fieldErrors ? Object.values(error.fieldErrors)[0]?.[0] : undefined;
    const key = fieldKey ?? `errors.${error.messageKey}`;
    return { code: error.code, key, message: t(key) };
  }
  console.error("[realtime] handler failed:", error);
  return { code: "INTERNAL", key: "errors.unexpectedText", message: t("errors.unexpectedText") };
}
