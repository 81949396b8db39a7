import type { FieldErrors } from "@/lib/errors";

/** What a server action returns to its form: message keys, never raw text. */
export type ActionState = {
  ok?: boolean;
  /** A key of the `errors` namespace, or of `success` when ok. */
  message?: string;
  fieldErrors?: FieldErrors;
  /** Echoed values so a refused form keeps what the person typed (never passwords). */
  values?: Record<string, string>;
  /** Data a successful action hands back to its form, e.g. a new invitation link. */
  result?: Record<string, string>;
};

export const initialActionState: ActionState = {};
