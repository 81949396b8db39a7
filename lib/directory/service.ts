import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { listPublicNetworks } from "@/lib/networks/queries";
import { viewerFor } from "@/lib/profiles/visibility-sql";
import { LEVELS, pageCountOf, relationStrength, sortRelations } from "./rules";
import { directoryQuerySchema, type DirectoryQuery } from "./schema";
import { searchSql, textMode, textSearchSettings, type ItemRow, type SearchRow } from "./search-sql";

export type DirectoryItem = ItemRow;

export interface DirectoryResult {
  items: DirectoryItem[];
  total: number;
  facets: { country: Record<string, number>; language: Record<string, number>; sector: Record<string, number> };
}

/** Signed-in members of a network (any role) may search; the viewer is what the visibility rule needs. */
async function searcher(actorId: string | null) {
  if (!actorId) throw new AppError("UNAUTHENTICATED", "signInRequired");
  const viewer = await viewerFor(actorId);
  if (!viewer.isNetworkMember) throw new AppError("FORBIDDEN", "directoryMembersOnly");
  return viewer;
}

/** Display order: languages strongest first, countries by strongest relation, relations strongest first. */
function ordered(item: ItemRow): DirectoryItem {
  return {
    ...item,
    languages: [...item.languages].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.code.localeCompare(b.code)),
    countries: item.countries
      .map((country) => ({ ...country, relations: sortRelations(country.relations) }))
      .sort((a, b) => relationStrength(b.relations) - relationStrength(a.relations) || a.code.localeCompare(b.code)),
  };
}

/**
 * The member directory (contract of GET /api/v1/members): people who match every filter over
 * sections the viewer may see, in relevance order, 20 per page, with facet counts for the
 * current filters.
 */
export async function searchMembers({ actorId, ...input }: { actorId: string | null } & Record<string, unknown>): Promise<DirectoryResult> {
  const viewer = await searcher(actorId);
  const query = parseInput(directoryQuerySchema, input);
  return runSearch(query, viewer);
}

async function runSearch(query: DirectoryQuery, viewer: Awaited<ReturnType<typeof searcher>>): Promise<DirectoryResult> {
  const db = getPrisma();
  const statement = searchSql(query, viewer);
  // Free text through the trigram indexes needs its settings (see textSearchSettings) in the same transaction.
  const rows =
    textMode(query) === "index"
      ? ((await db.$transaction([...textSearchSettings().map((sql) => db.$executeRaw(sql)), db.$queryRaw<SearchRow[]>(statement)])).at(-1) as SearchRow[])
      : await db.$queryRaw<SearchRow[]>(statement);
  const [row] = rows;
  if (!row) throw new Error("the directory query returned no row");
  return { items: row.items.map(ordered), total: row.total, facets: { country: row.country, language: row.language, sector: row.sector } };
}

/** Everything the directory page shows: the search, the parsed query and the networks to filter by. */
export async function getDirectoryPage({ actorId, ...input }: { actorId: string | null } & Record<string, unknown>) {
  const viewer = await searcher(actorId);
  const query = parseInput(directoryQuerySchema, input);
  const [result, networks] = await Promise.all([runSearch(query, viewer), listPublicNetworks()]);
  return { ...result, query, pageCount: pageCountOf(result.total), networks: networks.map(({ slug, name }) => ({ slug, name })) };
}
