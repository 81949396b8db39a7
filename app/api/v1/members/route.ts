import en from "@/messages/en.json";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchParamsToInput } from "@/lib/directory/schema";
import { searchMembers } from "@/lib/directory/service";
import { AppError, httpStatusOf, type FieldErrors } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** English text of a catalogue key such as `validation.countryCode`; the API speaks English. */
function english(key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), en);
  return typeof value === "string" ? value : key;
}

const englishFields = (fields: FieldErrors) => Object.fromEntries(Object.entries(fields).map(([field, keys]) => [field, keys.map(english)]));

// GET /api/v1/members?country=VN&language=vi&minLevel=fluent… – the member directory for
// signed-in network members: { items, total, facets }. See docs/api.md.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  try {
    // Signed-in first: a visitor learns nothing, not even which parameters are wrong.
    if (!user) throw new AppError("UNAUTHENTICATED", "signInRequired");
    const input = searchParamsToInput(new URL(request.url).searchParams);
    return Response.json(await searchMembers({ ...input, actorId: user.id }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const body: { code: string; message: string; fields?: Record<string, string[]> } = { code: error.code, message: english(`errors.${error.messageKey}`) };
    if (error.fieldErrors) {
      body.message = `${english("errors.invalidQuery")} ${Object.keys(error.fieldErrors).join(", ")}.`;
      body.fields = englishFields(error.fieldErrors);
    }
    return Response.json({ error: body }, { status: httpStatusOf[error.code] });
  }
}
