import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { eventIcs } from "@/lib/events/calendar";

export const dynamic = "force-dynamic";

/** The site's public address for links inside the calendar: AUTH_URL when set, else this request's. */
const originOf = (request: Request) => process.env.AUTH_URL?.replace(/\/+$/, "") || new URL(request.url).origin;

// GET /api/v1/events/{id}/ics – one event as an iCalendar file for whoever may see the event;
// a JSON 404 otherwise (unknown and members-only events look the same to outsiders).
export async function GET(request: Request, { params }: RouteContext<"/api/v1/events/[id]/ics">) {
  const { id } = await params;
  const user = await getCurrentUser();
  try {
    const body = await eventIcs({ actorId: user?.id ?? null, eventId: id, origin: originOf(request) });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="event.ics"',
        "Cache-Control": "private, no-cache",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
