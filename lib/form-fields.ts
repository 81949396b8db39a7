/**
 * FormData as a plain object; repeated fields (checkbox groups) become arrays. A posted
 * `actorId` is dropped: services take the signed-in person as `actorId` beside the fields,
 * and a form must never be able to speak for someone else.
 */
export function formFields(formData: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || key === "actorId" || typeof value !== "string") continue;
    const existing = fields[key];
    fields[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
}
