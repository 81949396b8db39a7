import "server-only";
import { getPrisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors";
import { companySchema } from "./schema";

const companyFields = { name: true, orgNumber: true, sniSection: true, size: true, website: true, exporting: true, exportMarkets: true } as const;

/** The actor's own company for the company editor, or null before they have added one. */
export async function getCompanyEditor({ actorId }: { actorId: string }) {
  return getPrisma().company.findUnique({ where: { ownerId: actorId }, select: companyFields });
}

/** Creates or replaces the actor's company (one per person). */
export async function updateCompany({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const company = parseInput(companySchema, input);
  const data = { ...company, website: company.website ?? null };
  await getPrisma().company.upsert({ where: { ownerId: actorId }, create: { ownerId: actorId, ...data }, update: data });
}

export async function removeCompany({ actorId }: { actorId: string }) {
  await getPrisma().company.deleteMany({ where: { ownerId: actorId } });
}
