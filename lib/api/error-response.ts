import en from "@/messages/en.json";
import { AppError, httpStatusOf, type FieldErrors } from "@/lib/errors";

/** English text of a catalogue key such as `validation.countryCode`; the API speaks English. */
function english(key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), en);
  return typeof value === "string" ? value : key;
}

const englishFields = (fields: FieldErrors) => Object.fromEntries(Object.entries(fields).map(([field, keys]) => [field, keys.map(english)]));

/**
 * The JSON API's answer to a refusal: `{ error: { code, message, fields? } }` with the
 * matching status. Anything that is not an AppError is rethrown, to be logged as a 500.
 */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof AppError)) throw error;
  const body: { code: string; message: string; fields?: Record<string, string[]> } = { code: error.code, message: english(`errors.${error.messageKey}`) };
  if (error.fieldErrors) {
    body.message = `${english("errors.invalidQuery")} ${Object.keys(error.fieldErrors).join(", ")}.`;
    body.fields = englishFields(error.fieldErrors);
  }
  return Response.json({ error: body }, { status: httpStatusOf[error.code] });
}
