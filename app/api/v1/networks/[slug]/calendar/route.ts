import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors";
import { networkFeed } from "@/lib/events/calendar";

export const dynamic = "force-dynamic";

const originOf = (request: Request) => process.env.AUTH_URL?.replace(/\/+$/, "") || new URL(request.url).origin;

// GET /api/v1/networks/{slug}/calendar?token=… – the network's events as a subscribable
// iCalendar feed. Calendar apps send no session, so the secret per-person token is the only
// credential: an unknown, reset or non-member's token gets the same 404 as an unknown network.
// The feed lists events only, never attendees.
export async function GET(request: Request, { params }: RouteContext<"/api/v1/networks/[slug]/calendar">) {
  const { slug } = await params;
  const token = new URL(request.url).searchParams.get("token");
  try {
    if (!token) throw new AppError("NOT_FOUND", "calendarNotFound");
    const body = await networkFeed({ token, slug, origin: originOf(request) });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="${slug}.ics"`,
        "Cache-Control": "private, max-age=300",
        // The token is in the URL: keep it out of the Referer of anything the feed links to.
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
