import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";
import type { HighlightedText } from "./highlight";
import { saveKnowledgeItem, unpublishOwnItem } from "./items";
import { correctTerms, pruneKnowledgeWords } from "./lexicon";
import { searchKnowledge, type KnowledgeSearchResult } from "./search";

// Typo correction through the lexicon of distinct words ("KnowledgeWord"): what the database
// keeps in it, and how the search uses the corrections. Every item carries its test's word.

const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;
const ids = (result: KnowledgeSearchResult) => result.items.map((item) => item.id);
const marked = ({ text, highlights }: HighlightedText) => highlights.map(([start, end]) => text.slice(start, end));
const inLexicon = async (...words: string[]) =>
  (await getPrisma().knowledgeWord.findMany({ where: { word: { in: words } }, select: { word: true } })).map((row) => row.word).sort();
/** A made-up word of letters only (uniqueWord has no digits), so the lexicon keeps it whole. */
const madeUp = () => uniqueWord().slice(2);
const SUMMARY = "Notes from our club evening about buyers, prices and delivery terms.";
const BODY = "We met the buyer twice, agreed a price list in euros and shipped the first pallets in spring.";

describe("the lexicon of the knowledge bank", () => {
  it("holds the words of published items at once, unaccented and in lower case, but not those of drafts", async () => {
    const { network, member } = await knowledgeNetwork();
    const [inTitle, inBody, inDraft] = [madeUp(), madeUp(), madeUp()];
    await publishArticle(member.id, network.id, { title: `Kaffe från São ${inTitle.toUpperCase()}`, body: `Plain text about ${inBody}.` });
    await saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", intent: "draft", title: `Draft ${inDraft}`, summary: SUMMARY, body: BODY, language: "sv", countries: ["SE"], topics: ["customs"], visibility: "MEMBERS", networkId: network.id });
    expect(await inLexicon(inTitle, inBody, inDraft, "sao", "fran")).toEqual([inTitle, inBody, "fran", "sao"].sort());
  });

  it("adds the words of an item when it is published or edited, and the daily job removes those no published item holds", async () => {
    const { network, member } = await knowledgeNetwork();
    const [kept, edited, added, dropped] = [madeUp(), madeUp(), madeUp(), madeUp()];
    const id = await publishArticle(member.id, network.id, { title: `Notes ${kept} ${edited}`, body: BODY });
    const other = await publishArticle(member.id, network.id, { title: `Notes ${dropped}`, body: BODY });
    await saveKnowledgeItem({ actorId: member.id, itemId: id, kind: "ARTICLE", intent: "publish", title: `Notes ${kept} ${added}`, summary: SUMMARY, body: BODY, language: "en", countries: ["VN"], topics: ["payments"], visibility: "MEMBERS", networkId: network.id });
    await unpublishOwnItem({ actorId: member.id, itemId: other });
    expect(await inLexicon(kept, edited, added, dropped)).toEqual([kept, edited, added, dropped].sort());

    await pruneKnowledgeWords();
    expect(await inLexicon(kept, edited, added, dropped)).toEqual([kept, added].sort());
  });

  it("offers the word itself and its closest words, most similar first", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = madeUp();
    await publishArticle(member.id, network.id, { title: `Notes ${word}`, body: BODY });
    const misspelt = `${word.slice(0, 5)}${word.charAt(6)}${word.charAt(5)}${word.slice(7)}`;
    const [group] = await correctTerms([misspelt]);
    expect(group![0]).toBe(misspelt);
    expect(group).toContain(word);
    expect(await correctTerms([])).toEqual([]);
    // Stop words stay as they are.
    expect(await correctTerms(["and", "och"])).toEqual([["and"], ["och"]]);
  });
});

describe("searchKnowledge corrects misspelt words against the lexicon", () => {
  it("finds the items holding every corrected word, and not those holding only one of them, when there are enough", async () => {
    const { network, member } = await knowledgeNetwork();
    const [place, product] = [madeUp(), madeUp()];
    const both = [
      await publishArticle(member.id, network.id, { title: `Buying ${product} in ${place}`, summary: SUMMARY, body: BODY }),
      await publishArticle(member.id, network.id, { title: `The ${product} market`, summary: `Prices in ${place} this year.`, body: BODY }),
      await publishArticle(member.id, network.id, { title: `Port notes`, summary: SUMMARY, body: `${BODY} From ${place} we ship ${product}.` }),
    ];
    const onlyOne = await publishArticle(member.id, network.id, { title: `Selling ${product} at home`, summary: SUMMARY, body: BODY });
    const typo = (word: string) => `${word.slice(0, 4)}${word.slice(5)}`;

    const result = await searchKnowledge({ actorId: member.id, q: `${typo(place)} ${typo(product)}` });
    expect(result.fuzzy).toBe(true);
    expect(new Set(ids(result))).toEqual(new Set(both));
    expect(ids(result)).not.toContain(onlyOne);
    expect(result.total).toBe(3);
    // Ranked and highlighted like full-text matches: the title match first, the words marked.
    expect(result.items[0]!.id).toBe(both[0]);
    expect(marked(result.items[0]!.title)).toEqual([product, place]);
    expect(marked(result.items[2]!.snippet)).toEqual([place, product]);
  });

  it("ranks an item holding a word as typed above items holding only a guess at the other word", async () => {
    const { network, member } = await knowledgeNetwork();
    const [word, place] = [testWord(), madeUp()];
    const guessOnly = [];
    for (let index = 0; index < 3; index++) {
      guessOnly.push(await publishArticle(member.id, network.id, { title: `${place} ${place} notes`, summary: `All about ${place}.`, body: BODY }));
    }
    const typed = await publishArticle(member.id, network.id, { title: `Notes ${word}`, summary: SUMMARY, body: BODY });
    const result = await searchKnowledge({ actorId: member.id, q: `${place.slice(0, 6)}${place.slice(7)} ${word}` });
    expect(result.fuzzy).toBe(true);
    expect(ids(result)[0]).toBe(typed);
    expect(ids(result)).toEqual(expect.arrayContaining(guessOnly));
  });

  it("keeps members-only items out of a visitor's corrected search, in results, counts and facets", async () => {
    const { network, member } = await knowledgeNetwork();
    const secret = madeUp();
    await publishArticle(member.id, network.id, { title: `Notes ${secret}`, body: BODY, visibility: "MEMBERS", countries: ["JP"] });
    const q = `${secret.slice(0, 4)}${secret.slice(5)}`;
    expect(await searchKnowledge({ actorId: null, q })).toMatchObject({ items: [], total: 0, capped: false, facets: { country: {}, topic: {}, type: {}, language: {} } });
    expect(ids(await searchKnowledge({ actorId: member.id, q }))).toHaveLength(1);
  });
});
