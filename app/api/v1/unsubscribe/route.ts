import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors";
import { describeUnsubscribe, unsubscribe } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";

// The link in every email's List-Unsubscribe header and footer (RFC 8058). A mail client's
// one-click POST ("List-Unsubscribe=One-Click") unsubscribes at once; opening the link (GET)
// only leads to a confirmation page, because link checkers and previews follow GETs.

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token");

export async function POST(request: Request) {
  try {
    const { kind } = await unsubscribe(tokenOf(request));
    return Response.json({ unsubscribed: kind });
  } catch (error) {
    return errorResponse(error);
  }
}

// A person opens this link from an email, so even a forged or expired token leads to the page,
// which explains in words; without the person's own language, the locale middleware picks one.
export async function GET(request: Request) {
  const token = tokenOf(request) ?? "";
  const locale = await describeUnsubscribe(token).then(
    (described) => `/${described.locale}`,
    (error: unknown) => {
      if (error instanceof AppError) return "";
      throw error;
    },
  );
  return Response.redirect(new URL(`${locale}/unsubscribe?token=${encodeURIComponent(token)}`, request.url), 303);
}
