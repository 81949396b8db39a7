import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * Loads a page's data: unknown things become the 404 page, refusals come back as
 * `{ forbidden }` for the page to explain, anything else is a real error.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<{ data: T; forbidden?: undefined } | { data?: undefined; forbidden: string }> {
  try {
    return { data: await load() };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "INVALID")) return { forbidden: error.messageKey };
    throw error;
  }
}
