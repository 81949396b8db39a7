import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getMemberPhoto } from "@/lib/profiles/photos";

export const dynamic = "force-dynamic";

// GET /api/v1/members/{id}/photo – the member's photo (WebP) if the viewer may see their about
// section; 404 otherwise, and when there is no photo. Cached only by the viewer's own browser.
export async function GET(_request: Request, { params }: RouteContext<"/api/v1/members/[id]/photo">) {
  const { id } = await params;
  const user = await getCurrentUser();
  try {
    const photo = await getMemberPhoto({ actorId: user?.id ?? null, memberId: id });
    return new Response(photo.data, {
      headers: {
        "Content-Type": photo.mimeType,
        "Content-Length": String(photo.data.byteLength),
        "Cache-Control": "private, max-age=300",
        "Last-Modified": photo.updatedAt.toUTCString(),
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) {
      return Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "private, no-store" } });
    }
    throw error;
  }
}
