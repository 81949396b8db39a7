import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { askQuestion, knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";
import { saveKnowledgeItem } from "./items";
import { searchKnowledge, type KnowledgeSearchResult } from "./search";
import { PAGE_SIZE } from "./search-sql";

// Filters (country, topic, type, language), the facet counts that go with them, and
// pagination. Every item carries its test's own word (uniqueWord) and every query names it.

type Kind = "ARTICLE" | "STORY" | "QUESTION";
interface Fixture {
  kind: Kind;
  language: "en" | "sv";
  countries: string[];
  topics: string[];
}

/**
 * Two of uniqueWord() in one: long enough (about twenty letters) that the similarity fallback,
 * which compares query words with every item's title, never takes another test's word for it.
 */
const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;

/** Five items across kinds, languages, countries and topics. */
const FIXTURES = {
  paymentsVietnam: { kind: "ARTICLE", language: "en", countries: ["VN", "TH"], topics: ["payments"] },
  tullTyskland: { kind: "ARTICLE", language: "sv", countries: ["DE"], topics: ["customs", "logistics"] },
  fairStory: { kind: "STORY", language: "en", countries: ["VN"], topics: ["trade-fairs"] },
  customsQuestion: { kind: "QUESTION", language: "sv", countries: ["DE", "VN"], topics: ["customs"] },
  paymentsQuestion: { kind: "QUESTION", language: "en", countries: ["SE"], topics: ["payments"] },
} satisfies Record<string, Fixture>;
type Key = keyof typeof FIXTURES;

async function createFixtures(word: string) {
  const { network, member } = await knowledgeNetwork();
  const created = {} as Record<Key, string>;
  for (const [key, fixture] of Object.entries(FIXTURES) as [Key, Fixture][]) {
    const common = { language: fixture.language, countries: fixture.countries, topics: fixture.topics, visibility: "PUBLIC" };
    const title = fixture.language === "sv" ? `Anteckningar om ${word}` : `Notes about ${word}`;
    if (fixture.kind === "ARTICLE") created[key] = await publishArticle(member.id, network.id, { ...common, title });
    else if (fixture.kind === "QUESTION") created[key] = await askQuestion(member.id, network.id, { ...common, title: `${title}?` });
    else {
      created[key] = await saveKnowledgeItem({
        actorId: member.id,
        kind: "STORY",
        intent: "publish",
        ...common,
        title,
        summary: "How a small firm found its first buyers at a fair.",
        body: "We booked a small stand, met forty visitors and followed up within a week.",
        storyMarket: fixture.countries[0],
        networkId: network.id,
      });
    }
  }
  return { member, created };
}

/** The facets a set of fixtures should produce. */
function facetsOf(keys: Key[]) {
  const facets = { country: {} as Record<string, number>, topic: {} as Record<string, number>, type: {} as Record<string, number>, language: {} as Record<string, number> };
  const add = (facet: Record<string, number>, value: string) => (facet[value] = (facet[value] ?? 0) + 1);
  for (const key of keys) {
    const fixture: Fixture = FIXTURES[key];
    for (const country of fixture.countries) add(facets.country, country);
    for (const topic of fixture.topics) add(facets.topic, topic);
    add(facets.type, fixture.kind.toLowerCase());
    add(facets.language, fixture.language);
  }
  return facets;
}

const sorted = (list: string[]) => [...list].sort();
const ids = (result: KnowledgeSearchResult) => result.items.map((item) => item.id);

describe("searchKnowledge filters and counts", () => {
  const cases: [string, Record<string, string>, Key[]][] = [
    ["no filter", {}, ["paymentsVietnam", "tullTyskland", "fairStory", "customsQuestion", "paymentsQuestion"]],
    ["a country", { country: "VN" }, ["paymentsVietnam", "fairStory", "customsQuestion"]],
    ["a country in lower case", { country: "de" }, ["tullTyskland", "customsQuestion"]],
    ["a topic", { topic: "customs" }, ["tullTyskland", "customsQuestion"]],
    ["a type: articles", { type: "article" }, ["paymentsVietnam", "tullTyskland"]],
    ["a type: questions", { type: "question" }, ["customsQuestion", "paymentsQuestion"]],
    ["a type: stories", { type: "story" }, ["fairStory"]],
    ["a language", { language: "sv" }, ["tullTyskland", "customsQuestion"]],
    ["country and type", { country: "VN", type: "question" }, ["customsQuestion"]],
    ["topic and language", { topic: "payments", language: "en" }, ["paymentsVietnam", "paymentsQuestion"]],
    ["all four", { country: "DE", topic: "customs", language: "sv", type: "article" }, ["tullTyskland"]],
    ["filters nothing matches", { country: "VN", topic: "logistics" }, []],
    ["a country no item has", { country: "JP" }, []],
  ];

  it.each(cases)("with %s: the matching items, their total and facets of exactly that set", async (_label, filters, expected) => {
    const word = testWord();
    const { member, created } = await createFixtures(word);
    const result = await searchKnowledge({ actorId: member.id, q: word, ...filters });
    expect(sorted(ids(result))).toEqual(sorted(expected.map((key) => created[key])));
    expect(result.total).toBe(expected.length);
    expect(result.facets).toEqual(facetsOf(expected));
    expect(result.pageCount).toBe(1);
  });

  it("without words, lists only what the filters allow and counts it in the facets", async () => {
    const word = testWord();
    const { member, created } = await createFixtures(word);
    const result = await searchKnowledge({ actorId: member.id, country: "VN", type: "question", language: "sv", topic: "customs" });
    expect(ids(result)).toContain(created.customsQuestion);
    for (const item of result.items) {
      expect(item).toMatchObject({ type: "question", language: "sv", fuzzy: false });
      expect(item.countries).toContain("VN");
      expect(item.topics).toContain("customs");
    }
    expect(result.facets.type).toEqual({ question: result.total });
    expect(result.facets.language).toEqual({ sv: result.total });
    expect(result.facets.country.VN).toBe(result.total);
    expect(result.facets.topic.customs).toBe(result.total);
  });

  it.each([
    [{ type: "articles" }, { type: ["validation.knowledgeType"] }],
    [{ country: "XX" }, { country: ["validation.unknownCountry"] }],
    [{ topic: "smuggling" }, { topic: ["validation.topic"] }],
    [{ language: "xx" }, { language: ["validation.unknownLanguage"] }],
    [{ page: "0" }, { page: ["validation.page"] }],
    [{ page: "501" }, { page: ["validation.page"] }],
    [{ page: "-1" }, { page: ["validation.page"] }],
    [{ page: "1.5" }, { page: ["validation.page"] }],
    [{ country: ["VN", "SE"] }, { country: ["validation.singleValue"] }],
    [{ sort: "newest" }, { sort: ["validation.unknownParameter"] }],
    [{ visibility: "MEMBERS" }, { visibility: ["validation.unknownParameter"] }],
  ] as [Record<string, unknown>, Record<string, string[]>][])("refuses %j as invalid", async (input, fieldErrors) => {
    const refusal = await searchKnowledge({ actorId: null, q: "customs", ...input }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "INVALID", fieldErrors });
  });
});

describe("searchKnowledge pages", () => {
  it("pages through the results twenty at a time, with the same total and facets on every page", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const created: string[] = [];
    for (let index = 0; index < PAGE_SIZE + 3; index++) created.push(await publishArticle(member.id, network.id, { title: `Notes on pallets ${word}` }));
    const facets = { country: { VN: 23 }, topic: { payments: 23 }, type: { article: 23 }, language: { en: 23 } };

    const first = await searchKnowledge({ actorId: member.id, q: word });
    const second = await searchKnowledge({ actorId: member.id, q: word, page: "2" });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(3);
    for (const page of [first, second]) expect(page).toMatchObject({ total: 23, pageCount: 2, fuzzy: false, facets });
    expect(first.query.page).toBe(1);
    expect(second.query.page).toBe(2);
    // No item twice, none missing, and the order (equal ranks: newest first) carries on across pages.
    const all = [...first.items, ...second.items];
    expect(sorted(all.map((item) => item.id))).toEqual(sorted(created));
    for (let index = 1; index < all.length; index++) expect(all[index]!.publishedAt.getTime()).toBeLessThanOrEqual(all[index - 1]!.publishedAt.getTime());

    for (const page of ["3", "500"]) {
      const beyond = await searchKnowledge({ actorId: member.id, q: word, page });
      expect(beyond).toMatchObject({ items: [], total: 23, pageCount: 2, facets });
    }
  });

  it("answers a page beyond the end of an empty result with nothing", async () => {
    const { member } = await knowledgeNetwork();
    const result = await searchKnowledge({ actorId: member.id, q: testWord(), page: 7 });
    expect(result).toMatchObject({ items: [], total: 0, pageCount: 1, facets: { country: {}, topic: {}, type: {}, language: {} } });
  });
});
