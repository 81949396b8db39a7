import { z } from "zod";
import { email, plainText } from "@/lib/validation";

export const PASSWORD_MIN_LENGTH = 12;

export const password = z
  .string({ error: "validation.required" })
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(200, "validation.tooLong");

export const registerSchema = z.object({
  name: plainText(2, 100),
  email,
  password,
  // A checkbox posts "on"; the API may send true. Anything else is no consent.
  consent: z.union([z.literal("on"), z.literal(true)], { error: "validation.consentRequired" }),
});

export const signInSchema = z.object({
  email,
  password: z.string({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.tooLong"),
});

export const removeAccountSchema = z.object({ email });
