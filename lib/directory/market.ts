import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { CountryRelation, KnowledgeArea } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canSeeSql, viewerFor } from "@/lib/profiles/visibility-sql";
import { RELATION_WEIGHT, RELATIONS, sortRelations, strongestRelation } from "./rules";
import { isCountryCode } from "./schema";

/** Shown per network on a market page; the directory lists the rest. */
export const MARKET_MEMBERS_PER_NETWORK = 50;

const countrySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => code.toUpperCase())
  .refine(isCountryCode);

interface Row {
  networkSlug: string;
  networkName: string;
  mine: boolean;
  networkTotal: number;
  people: number;
  id: string;
  name: string;
  headline: string | null;
  relations: CountryRelation[];
  areas: KnowledgeArea[];
  years: number | null;
}

export type MarketMember = Pick<Row, "id" | "name" | "headline" | "relations" | "areas" | "years">;

/**
 * "Who knows market X": member firms of every network that is not archived who know the
 * country, grouped by network (the viewer's own first) and by their strongest relation to it.
 * Only people whose `about` and `countries` sections the viewer may see are listed, so a
 * visitor sees only public profiles. Unknown country codes are not found.
 */
export async function getMarketPage({ actorId, country: input }: { actorId: string | null; country: unknown }) {
  const parsed = countrySchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND", "marketNotFound");
  const country = parsed.data;
  const viewer = await viewerFor(actorId);
  const see = (section: "about" | "countries") => canSeeSql(section, viewer, Prisma.sql`u."id"`, "p");
  const weight = Prisma.sql`CASE ${Prisma.join(
    RELATIONS.map((relation) => Prisma.sql`WHEN ${relation}::"CountryRelation" = ANY(ck."relations") THEN ${RELATION_WEIGHT[relation]}::int`),
    " ",
  )} ELSE 0 END`;
  const mine = viewer.id ? Prisma.sql`n."id" IN (SELECT "networkId" FROM "Membership" WHERE "userId" = ${viewer.id})` : Prisma.sql`false`;

  const rows = await getPrisma().$queryRaw<Row[]>`
    WITH known AS (
      SELECT n."id" AS "networkId", n."slug" AS "networkSlug", n."name" AS "networkName", ${mine} AS mine,
        u."id", u."name", p."headline", ck."relations"::text[] AS relations, ck."areas"::text[] AS areas, ck."years",
        row_number() OVER (PARTITION BY n."id" ORDER BY ${weight} DESC, u."name" COLLATE "C", u."id") AS rank,
        count(*) OVER (PARTITION BY n."id")::int AS "networkTotal"
      FROM "CountryKnowledge" ck
      JOIN "User" u ON u."id" = ck."userId" AND u."status" = 'ACTIVE'
      LEFT JOIN "Profile" p ON p."userId" = u."id"
      JOIN "Membership" m ON m."userId" = u."id" AND m."role" IN ('MEMBER', 'ORGANISER')
      JOIN "Network" n ON n."id" = m."networkId" AND n."status" <> 'ARCHIVED'
      WHERE ck."country" = ${country} AND ${see("about")} AND ${see("countries")}
    )
    SELECT *, (SELECT count(DISTINCT "id")::int FROM known) AS people FROM known
    WHERE rank <= ${MARKET_MEMBERS_PER_NETWORK}
    ORDER BY mine DESC, "networkName", rank`;

  const networks: { slug: string; name: string; mine: boolean; total: number; groups: { relation: CountryRelation; members: MarketMember[] }[] }[] = [];
  for (const row of rows) {
    let network = networks.at(-1);
    if (network?.slug !== row.networkSlug) {
      network = { slug: row.networkSlug, name: row.networkName, mine: row.mine, total: row.networkTotal, groups: [] };
      networks.push(network);
    }
    const relation = strongestRelation(row.relations);
    if (!relation) continue;
    let group = network.groups.find((candidate) => candidate.relation === relation);
    if (!group) network.groups.push((group = { relation, members: [] }));
    group.members.push({ id: row.id, name: row.name, headline: row.headline, relations: sortRelations(row.relations), areas: row.areas, years: row.years });
  }
  for (const network of networks) network.groups.sort((a, b) => RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation));

  return {
    country,
    people: rows[0]?.people ?? 0,
    networks,
    viewer: { signedIn: viewer.id !== null, isNetworkMember: viewer.isNetworkMember },
  };
}
