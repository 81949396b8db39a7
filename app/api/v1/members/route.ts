import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchParamsToInput } from "@/lib/directory/schema";
import { searchMembers } from "@/lib/directory/service";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

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
    return errorResponse(error);
  }
}
