import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";
import type { HighlightedText } from "./highlight";
import { searchKnowledge, type KnowledgeSearchResult } from "./search";

// The query language (websearch_to_tsquery: "phrases", -exclusion, or) and what the search
// does with input meant to break it. Every item carries its test's own word (uniqueWord).

/**
 * Two of uniqueWord() in one: long enough (about twenty letters) that the similarity fallback,
 * which compares query words with every item's title, never takes another test's word for it.
 */
const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;
const ids = (result: KnowledgeSearchResult) => result.items.map((item) => item.id);
const textIds = (result: KnowledgeSearchResult) => result.items.filter((item) => !item.fuzzy).map((item) => item.id);
const marked = ({ text, highlights }: HighlightedText) => highlights.map(([start, end]) => text.slice(start, end));
const sorted = (list: string[]) => [...list].sort();

const SUMMARY = "Notes from our club evening about buyers, prices and delivery terms.";

describe("searchKnowledge understands the web search syntax", () => {
  it('matches a "quoted phrase" only where its words stand together', async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const together = [
      await publishArticle(member.id, network.id, { title: `Documents ${word}`, summary: SUMMARY, body: `The buyer pays against the bill of lading (${word}).` }),
      await publishArticle(member.id, network.id, { title: `Paperwork ${word}`, summary: SUMMARY, body: `Keep a copy of the Bill of Lading for the bank (${word}).` }),
      await publishArticle(member.id, network.id, { title: `Shipping ${word}`, summary: SUMMARY, body: `Our forwarder issues the bill of lading within a day (${word}).` }),
    ];
    const apart = await publishArticle(member.id, network.id, { title: `Invoices ${word}`, summary: SUMMARY, body: `Lading was slow in the port, and the bill for storage came later (${word}).` });

    const phrase = await searchKnowledge({ actorId: member.id, q: `"bill of lading" ${word}` });
    expect(sorted(ids(phrase))).toEqual(sorted(together));
    expect(phrase.total).toBe(3);
    for (const item of phrase.items) expect(marked(item.snippet).map((text) => text.toLowerCase())).toEqual(["bill", "lading", word]);

    const words = await searchKnowledge({ actorId: member.id, q: `bill of lading ${word}` });
    expect(sorted(ids(words))).toEqual(sorted([...together, apart]));
  });

  it("keeps words apart out of a phrase's full-text matches when few items match", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const together = await publishArticle(member.id, network.id, { title: `Documents ${word}`, summary: SUMMARY, body: "The buyer pays against the bill of lading." });
    const apart = await publishArticle(member.id, network.id, { title: `Invoices ${word}`, summary: SUMMARY, body: "Lading was slow in the port, and the bill for storage came later." });
    const result = await searchKnowledge({ actorId: member.id, q: `"bill of lading" ${word}` });
    expect(textIds(result)).toEqual([together]);
    // The fallback may suggest the other item, but only as a similar one.
    const suggested = result.items.find((item) => item.id === apart);
    if (suggested) expect(suggested.fuzzy).toBe(true);
  });

  it("leaves out items with an -excluded word or phrase", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    // Enough items stay after each exclusion for the similarity fallback not to run.
    const plain = [
      await publishArticle(member.id, network.id, { title: `Pickles ${word}`, summary: SUMMARY, body: "We cook cabbage with vinegar before shipping." }),
      await publishArticle(member.id, network.id, { title: `Jam ${word}`, summary: SUMMARY, body: "We cook berries before shipping." }),
      await publishArticle(member.id, network.id, { title: `Cider ${word}`, summary: SUMMARY, body: "We press apples and ship in cans." }),
    ];
    const oaky = await publishArticle(member.id, network.id, { title: `Juice ${word}`, summary: SUMMARY, body: "We press apples in oak barrels, and ship in cans." });
    const fermented = await publishArticle(member.id, network.id, { title: `Kimchi ${word}`, summary: SUMMARY, body: "We ferment cabbage in oak barrels before shipping." });

    expect(sorted(ids(await searchKnowledge({ actorId: member.id, q: `${word} -ferment` })))).toEqual(sorted([...plain, oaky]));
    // Stemmed like any word: "-fermenting" excludes "ferment".
    expect(sorted(ids(await searchKnowledge({ actorId: member.id, q: `${word} -fermenting` })))).toEqual(sorted([...plain, oaky]));
    expect(sorted(ids(await searchKnowledge({ actorId: member.id, q: `${word} -"oak barrels"` })))).toEqual(sorted(plain));
    expect(sorted(ids(await searchKnowledge({ actorId: member.id, q: `${word} -ferment -barrel` })))).toEqual(sorted(plain));
    expect(textIds(await searchKnowledge({ actorId: member.id, q: `${word} ferment` }))).toEqual([fermented]);
  });

  // The similarity fallback runs when full text finds fewer than three items; it must not
  // bring back what the query excludes.
  it("never returns an item with an -excluded word, not even as a similar match", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const plain = await publishArticle(member.id, network.id, { title: `Jam ${word}`, summary: SUMMARY, body: "We cook berries before shipping." });
    const fermented = await publishArticle(member.id, network.id, { title: `Kimchi ${word}`, summary: SUMMARY, body: "We ferment cabbage in oak barrels before shipping." });
    const result = await searchKnowledge({ actorId: member.id, q: `${word} -ferment` });
    expect(ids(result)).toContain(plain);
    expect(result.items.filter((item) => item.id === fermented).map((item) => ({ title: item.title.text, fuzzy: item.fuzzy }))).toEqual([]);
  });

  it("finds either word with 'or', and both words without it", async () => {
    const { network, member } = await knowledgeNetwork();
    const [first, second] = [testWord(), testWord()];
    const withFirst = await publishArticle(member.id, network.id, { title: `Notes ${first}`, summary: SUMMARY, body: "Plain text about nothing much." });
    const withSecond = await publishArticle(member.id, network.id, { title: `Notes ${second}`, summary: SUMMARY, body: "Plain text about nothing much." });
    const withBoth = await publishArticle(member.id, network.id, { title: `Notes ${first}`, summary: SUMMARY, body: `Plain text about ${second} too.` });

    for (const q of [`${first} or ${second}`, `${first} OR ${second}`]) {
      const either = await searchKnowledge({ actorId: member.id, q });
      expect(sorted(ids(either)), q).toEqual(sorted([withFirst, withSecond, withBoth]));
      expect(either.fuzzy, q).toBe(false);
    }
    const both = await searchKnowledge({ actorId: member.id, q: `${first} ${second}` });
    expect(textIds(both)).toEqual([withBoth]);
  });
});

/** "answered", "refused" (an INVALID AppError, a 400 through the API) or what crashed it (a 500). */
const outcomeOf = (actorId: string, q: string) =>
  searchKnowledge({ actorId, q }).then(
    () => "answered",
    (error: unknown) => (error instanceof AppError && error.code === "INVALID" ? "refused" : `crashed: ${String(error).split("\n").pop()}`),
  );

describe("searchKnowledge survives hostile input", () => {
  /** Runs a search that must answer normally: a list, a count and facets. */
  const answers = async (actorId: string, q: string) => {
    const result = await searchKnowledge({ actorId, q });
    expect(Array.isArray(result.items), q).toBe(true);
    expect(result.total, q).toBeGreaterThanOrEqual(result.items.length);
    expect(result.items.length, q).toBeLessThanOrEqual(20);
    expect(Object.keys(result.facets).sort(), q).toEqual(["country", "language", "topic", "type"]);
    return result;
  };

  it("finds the item despite operators, quotes and symbols around its word", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const id = await publishArticle(member.id, network.id, { title: `Customs notes ${word}`, summary: SUMMARY, body: "Plain text about customs." });
    const queries = [
      `"${word}`,
      `${word} "`,
      `"${word} customs`,
      `${word} -`,
      `${word} --`,
      `${word} or`,
      `or ${word}`,
      `${word} or or or`,
      `!${word}`,
      `${word} !`,
      `${word} & |`,
      `&${word}|`,
      `<-> ${word}`,
      `${word} <2> customs`,
      `${word}:*`,
      `${word}:A`,
      `(${word}`,
      `${word})`,
      `\\${word}\\`,
      `${word} 🚢📦`,
      `🚢${word}📦`,
      `the and of ${word}`,
      `${word} ' OR '1'='1`,
      `${word} %_%`,
      `  ${word}  `,
    ];
    for (const q of queries) expect(ids(await answers(member.id, q)), q).toContain(id);
  });

  it("answers lone operators, SQL fragments, emoji, stopwords and other scripts without an error", async () => {
    const { member } = await knowledgeNetwork();
    const queries = [
      '"',
      '""',
      '"""',
      "-",
      "--",
      "- -",
      `- ${"x".repeat(10)}`,
      "-".repeat(32),
      "or",
      "OR",
      "or or",
      "!",
      "&",
      "|",
      "<->",
      ":*",
      "()",
      "\\",
      "'",
      "'; DROP TABLE \"KnowledgeItem\"; --",
      "1; SELECT pg_sleep(0) --",
      "' UNION SELECT * FROM \"User\" --",
      "$1 $$ :: ::regclass",
      "🚢📦",
      "👩🏽‍💻",
      "the and of",
      "och i på",
      "Việt Nam",
      "越南",
      "Ελλάδα",
      "المغرب",
      "\u200f\u200e\u200d",
      "e\u0301e\u0301e\u0301",
      "\uD800",
    ];
    for (const q of queries) await answers(member.id, q);
    // The statement treated the fragments as words: the table is still there.
    await expect(getPrisma().knowledgeItem.count()).resolves.toBeGreaterThan(0);
  });

  it("takes 200 characters of anything and refuses more as invalid", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const id = await publishArticle(member.id, network.id, { title: `Customs notes ${word}`, summary: SUMMARY, body: "Plain text about customs." });
    const junk = "\"-!&|():*<->'\\; or ".repeat(20);
    const atLimit = `${word} ${junk}`.slice(0, 200);
    expect(atLimit.length).toBe(200);
    expect(ids(await answers(member.id, atLimit))).toContain(id);
    await answers(member.id, junk.slice(0, 200));
    await answers(member.id, "x".repeat(200));
    await answers(member.id, '"'.repeat(200));
    // Characters, not UTF-16 units: 200 emoji are 400 units.
    await answers(member.id, "🚢".repeat(200));

    for (const q of ["x".repeat(201), `${atLimit}x`, "🚢".repeat(201), "a ".repeat(5_000)]) {
      const refusal = await searchKnowledge({ actorId: member.id, q }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect(refusal).toMatchObject({ code: "INVALID", fieldErrors: { q: ["validation.tooLong"] } });
    }
  });

  // websearch_to_tsquery itself fails ("tsquery stack too small") on more than 32 "-" in a
  // row, with or without spaces between them.
  it("answers a long run of exclusion signs without an error", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const id = await publishArticle(member.id, network.id, { title: `Customs notes ${word}`, summary: SUMMARY, body: "Plain text about customs." });
    const queries = ["-".repeat(32), "-".repeat(33), "-".repeat(200), "- ".repeat(40), `${word} ${"-".repeat(40)}`];
    const outcomes = await Promise.all(queries.map((q) => outcomeOf(member.id, q)));
    expect(Object.fromEntries(queries.map((q, index) => [q, outcomes[index]]))).toEqual(Object.fromEntries(queries.map((q) => [q, "answered"])));
    expect(ids(await answers(member.id, `${word} ${"-".repeat(40)}`))).toContain(id);
  });

  // PostgreSQL text cannot hold U+0000: the query must be refused or cleaned, never crash.
  it("refuses or ignores a NUL character instead of failing", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    await publishArticle(member.id, network.id, { title: `Customs notes ${word}`, summary: SUMMARY, body: "Plain text about customs." });
    for (const q of ["\u0000", `${word}\u0000`, `\u0000${word}`]) {
      expect(["answered", "refused"], JSON.stringify(q)).toContain(await outcomeOf(member.id, q));
    }
  });
});
