import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// GET /api/health – liveness for load balancers: 200 when the database answers, else 503.
export async function GET() {
  const db = await checkDatabase();
  return Response.json({ status: db ? "ok" : "degraded", db: db ? "ok" : "down" }, { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
