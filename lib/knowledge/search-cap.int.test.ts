import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { knowledgeNetwork, uniqueWord } from "@/tests/knowledge-factories";
import { searchKnowledge } from "./search";
import { CANDIDATE_CAP, PAGE_SIZE } from "./search-sql";

// A search ranks, counts and pages through at most CANDIDATE_CAP items: beyond that it says
// so (capped) and counts facets over those it kept. Visibility holds all the same. The items
// are written in one statement (the service would take minutes for a thousand).

const PUBLIC_ITEMS = CANDIDATE_CAP + 10;
const MEMBERS_ITEMS = 20;

async function manyItems() {
  const { network, member } = await knowledgeNetwork();
  const word = `${uniqueWord()}${uniqueWord().slice(2)}`;
  await getPrisma().$executeRaw(Prisma.sql`
    INSERT INTO "KnowledgeItem" ("id", "kind", "status", "authorId", "networkId", "title", "summary", "body", "language", "visibility",
      "countries", "topics", "bodyText", "tagText", "publishedAt", "updatedAt")
    SELECT ${word} || '-' || n, 'ARTICLE', 'PUBLISHED', ${member.id}, ${network.id}, 'Pallets ' || ${word}, '', 'Plain text.', 'en',
      (CASE WHEN n <= ${PUBLIC_ITEMS} THEN 'PUBLIC' ELSE 'MEMBERS' END)::"KnowledgeVisibility",
      CASE WHEN n <= ${PUBLIC_ITEMS} THEN ARRAY['VN'] ELSE ARRAY['JP'] END::char(2)[], ARRAY['customs'], 'Plain text.', '',
      now() - n * interval '1 minute', now()
    FROM generate_series(1, ${PUBLIC_ITEMS + MEMBERS_ITEMS}) n`);
  return { word, member };
}

describe("searchKnowledge with more matches than it ranks", () => {
  it("says the total is capped, pages up to the cap, and counts the facets of the items it kept", async () => {
    const { word, member } = await manyItems();
    const first = await searchKnowledge({ actorId: member.id, q: word });
    expect(first).toMatchObject({ total: CANDIDATE_CAP, capped: true, pageCount: CANDIDATE_CAP / PAGE_SIZE, fuzzy: false });
    expect(Object.values(first.facets.type).reduce((sum, count) => sum + count, 0)).toBe(CANDIDATE_CAP);
    expect(first.facets.topic.customs).toBe(CANDIDATE_CAP);

    const last = await searchKnowledge({ actorId: member.id, q: word, page: String(CANDIDATE_CAP / PAGE_SIZE) });
    expect(last.items).toHaveLength(PAGE_SIZE);
    expect(await searchKnowledge({ actorId: member.id, q: word, page: String(CANDIDATE_CAP / PAGE_SIZE + 1) })).toMatchObject({ items: [], total: CANDIDATE_CAP, capped: true });
  });

  it("is exact below the cap", async () => {
    const { word, member } = await manyItems();
    const result = await searchKnowledge({ actorId: member.id, q: word, country: "JP" });
    expect(result).toMatchObject({ total: MEMBERS_ITEMS, capped: false, pageCount: 1, facets: { country: { JP: MEMBERS_ITEMS }, type: { article: MEMBERS_ITEMS } } });
  });

  it("never shows a visitor a members-only item on any page, nor counts one", async () => {
    const { word } = await manyItems();
    const seen = new Set<string>();
    for (let page = 1; page <= CANDIDATE_CAP / PAGE_SIZE; page++) {
      const result = await searchKnowledge({ actorId: null, q: word, page: String(page) });
      expect(result).toMatchObject({ total: CANDIDATE_CAP, capped: true });
      expect(result.facets.country).toEqual({ VN: CANDIDATE_CAP });
      for (const item of result.items) seen.add(item.id);
    }
    // Every page different, and all of them public (numbered up to PUBLIC_ITEMS).
    expect(seen.size).toBe(CANDIDATE_CAP);
    expect([...seen].every((id) => Number(id.split("-").pop()) <= PUBLIC_ITEMS)).toBe(true);
  });
});

// The type and visibility filters are also lexemes of the indexed documents ("~question",
// "~public"): they narrow a query's matches, and never match anything alone.
describe("searchKnowledge filters through the text index", () => {
  it("applies type and visibility to the words' matches, and a query of stop words still finds nothing", async () => {
    const { word, member } = await manyItems();
    expect(await searchKnowledge({ actorId: member.id, q: word, type: "question" })).toMatchObject({ items: [], total: 0, capped: false });
    expect(await searchKnowledge({ actorId: null, q: word, country: "JP" })).toMatchObject({ items: [], total: 0, capped: false });
    // English stop words parse to nothing in English items (Swedish or unstemmed ones may hold "the" or "and").
    const stopWords = { q: "the and of", language: "en" };
    for (const actorId of [null, member.id]) expect(await searchKnowledge({ actorId, ...stopWords, type: "article" })).toMatchObject({ items: [], total: 0 });
    expect(await searchKnowledge({ actorId: null, ...stopWords })).toMatchObject({ items: [], total: 0 });
    expect(await searchKnowledge({ actorId: member.id, q: word, type: "article", country: "JP" })).toMatchObject({ total: MEMBERS_ITEMS, capped: false });
  });
});
