import { z } from "zod";

// Shared field schemas. Every message is a key of the `validation` catalogue namespace.

/** Trimmed single-line text; rejects angle brackets so no markup is ever stored. */
export const plainText = (min: number, max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(min, min <= 1 ? "validation.required" : "validation.tooShort")
    .max(max, "validation.tooLong")
    .refine((value) => !/[<>]/.test(value), "validation.noMarkup");

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .refine((value) => !/[<>]/.test(value), "validation.noMarkup")
    .optional()
    .transform((value) => value || undefined);

export const email = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const id = z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(64, "validation.invalid");

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "validation.tooShort")
  .max(60, "validation.tooLong")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.slug");

export const languageCode = z.string().regex(/^[a-z]{2}$/, "validation.languageCode");
