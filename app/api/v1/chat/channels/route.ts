import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listChannels } from "@/lib/chat/channels";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

// GET /api/v1/chat/channels – the signed-in person's chat channels with unread counts:
// [{ id, kind, name, networkSlug, unread, … }]. See docs/realtime.md.
export async function GET() {
  const user = await getCurrentUser();
  try {
    if (!user) throw new AppError("UNAUTHENTICATED", "signInRequired");
    return Response.json(await listChannels({ actorId: user.id }));
  } catch (error) {
    return errorResponse(error);
  }
}
