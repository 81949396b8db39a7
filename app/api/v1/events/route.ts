import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchParamsToInput } from "@/lib/directory/schema";
import { listEvents } from "@/lib/events/queries";

export const dynamic = "force-dynamic";

// GET /api/v1/events?network=slug&from=ISO&to=ISO – events in a window (by default the coming
// ones): { items: [{ id, kind, title, startsAt, endsAt, capacity, going, waitlisted, url }] }.
// Members get their networks' events, everyone gets public ones. See docs/api.md.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  try {
    const input = searchParamsToInput(new URL(request.url).searchParams);
    const { items } = await listEvents({ ...input, actorId: user?.id ?? null });
    return Response.json({
      items: items.map((event) => ({
        id: event.id,
        kind: event.kind,
        title: event.title,
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
        capacity: event.capacity,
        going: event.going,
        waitlisted: event.waitlisted,
        url: `/events/${event.id}`,
      })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
