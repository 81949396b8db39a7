import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { tripLeadersForEditor } from "@/lib/events/editor";

export const dynamic = "force-dynamic";

// GET /api/v1/networks/{slug}/trip-leaders?country=VN – for people who may manage the
// network's events: members of the network who know the country, as suggested trip leaders,
// [{ id, name, relations, years }]. The event editor asks it when a trip's country changes.
export async function GET(request: Request, { params }: RouteContext<"/api/v1/networks/[slug]/trip-leaders">) {
  const user = await getCurrentUser();
  try {
    if (!user) throw new AppError("UNAUTHENTICATED", "signInRequired");
    const { slug } = await params;
    const country = new URL(request.url).searchParams.get("country") ?? undefined;
    const leaders = await tripLeadersForEditor({ actorId: user.id, networkSlug: slug, country });
    return Response.json(leaders, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
