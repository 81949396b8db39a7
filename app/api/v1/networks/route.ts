import { listPublicNetworks } from "@/lib/networks/queries";

export const dynamic = "force-dynamic";

// GET /api/v1/networks – the public networks: [{ slug, name, region, city, status, memberCount }].
export async function GET() {
  return Response.json(await listPublicNetworks());
}
