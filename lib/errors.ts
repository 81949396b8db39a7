import { z } from "zod";

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

/** Field name → message keys in the `validation` catalogue namespace. */
export type FieldErrors = Record<string, string[]>;

/**
 * A refusal a user may see. `messageKey` names a message in `messages/*.json`
 * (namespace `errors`), so every layer can show it in the viewer's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

/** Parses with a schema whose messages are `validation.*` keys; refuses with field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    const key = issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
    (fieldErrors[field] ??= []).push(key);
  }
  throw new AppError("INVALID", "invalidInput", fieldErrors);
}
