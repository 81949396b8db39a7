import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { AppError } from "@/lib/errors";
import type { AckError } from "./events";

// Socket acknowledgements carry their refusal already in the person's language, from the
// same catalogues as the pages (messages/*.json), read once per locale.
type Messages = Record<string, unknown>;
const catalogues = new Map<string, Messages>();
const LOCALES = new Set(["en", "sv", "ar"]);

function catalogue(locale: string): Messages {
  const chosen = LOCALES.has(locale) ? locale : "en";
  let messages = catalogues.get(chosen);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${chosen}.json`), "utf8")) as Messages;
    catalogues.set(chosen, messages);
  }
  return messages;
}

function translate(locale: string, fullKey: string): string {
  // A missing message shows its key (the message tests keep the catalogues complete).
  const t = createTranslator({ locale, messages: catalogue(locale), onError: () => {}, getMessageFallback: ({ key, namespace }) => [namespace, key].filter(Boolean).join(".") });
  return t(fullKey as never);
}

/**
 * An error as an acknowledgement. Expected refusals (AppError) say what was wrong — for invalid
 * input, the first field's problem; anything else is logged and answered with a generic message.
 */
export function toAckError(error: unknown, locale: string): AckError {
  if (error instanceof AppError) {
    const fieldKey = error.fieldErrors ? Object.values(error.fieldErrors)[0]?.[0] : undefined;
    const key = fieldKey ?? `errors.${error.messageKey}`;
    return { code: error.code, key, message: translate(locale, key) };
  }
  console.error("[realtime] handler failed:", error);
  return { code: "INTERNAL", key: "errors.unexpectedText", message: translate(locale, "errors.unexpectedText") };
}
