import { describe, expect, it } from "vitest";
import { askQuestion, knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";
import { deleteAnswer, postAnswer } from "./answers";
import type { HighlightedText } from "./highlight";
import { saveKnowledgeItem } from "./items";
import { searchKnowledge, type KnowledgeSearchResult } from "./search";

// Ranking, snippets and typo tolerance of the knowledge search. Every item carries a word
// of its own test (uniqueWord) and every query names it, so parallel tests never meet.

/**
 * Two of uniqueWord() in one: long enough (about twenty letters) that the similarity fallback,
 * which compares query words with every item's title, never takes another test's word for it.
 */
const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;
const ids = (result: KnowledgeSearchResult) => result.items.map((item) => item.id);
/** Items found by their words, not by the similarity fallback. */
const textIds = (result: KnowledgeSearchResult) => result.items.filter((item) => !item.fuzzy).map((item) => item.id);
const marked = ({ text, highlights }: HighlightedText) => highlights.map(([start, end]) => text.slice(start, end));
const hit = (result: KnowledgeSearchResult, id: string) => result.items.find((item) => item.id === id);

// Texts of one length, so that length normalisation cannot decide a ranking.
const SUMMARY = "Notes from our club evening about buyers, prices and delivery terms.";
const BODY = "We met the buyer twice, agreed a price list in euros and shipped the first pallets in spring.";

describe("searchKnowledge ranks by where the words are", () => {
  it("ranks a title match above a body-only match and highlights it", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const inBody = await publishArticle(member.id, network.id, { title: `Shipping notes ${word}`, body: `Long text about customs. Ferment appears once: ferment.` });
    const inTitle = await publishArticle(member.id, network.id, { title: `Ferment exports ${word}` });
    const result = await searchKnowledge({ actorId: member.id, q: `ferment ${word}` });
    expect(textIds(result)).toEqual([inTitle, inBody]);
    const title = result.items[0]!.title;
    expect(title.highlights.map(([start, end]) => title.text.slice(start, end).toLowerCase())).toContain("ferment");
  });

  it("weighs the title above the summary, the summary above the body and the body above the answers", async () => {
    const { network, member, organiser } = await knowledgeNetwork();
    const word = testWord();
    // Published in the expected ranking's order, oldest first, so newest-first cannot produce it.
    const inTitle = await publishArticle(member.id, network.id, { title: `Export notes on delivery terms ${word}`, summary: SUMMARY, body: BODY });
    const inSummary = await publishArticle(member.id, network.id, { title: "Export notes on delivery terms", summary: `${SUMMARY} ${word}`, body: BODY });
    const inBody = await publishArticle(member.id, network.id, { title: "Export notes on delivery terms", summary: SUMMARY, body: `${BODY} ${word}` });
    const question = await askQuestion(member.id, network.id, { title: "Export notes on delivery terms", body: BODY });
    await postAnswer({ actorId: organiser.id, questionId: question, body: `We always quote ${word} and it works.` });

    const result = await searchKnowledge({ actorId: member.id, q: word });
    expect(ids(result)).toEqual([inTitle, inSummary, inBody, question]);
    expect(result.total).toBe(4);
    expect(result.fuzzy).toBe(false);
    expect(marked(hit(result, inTitle)!.title)).toEqual([word]);
    expect(marked(hit(result, inSummary)!.snippet)).toEqual([word]);
    expect(marked(hit(result, inBody)!.snippet)).toEqual([word]);
    expect(marked(hit(result, question)!.snippet)).toEqual([word]);
  });

  it("weighs a country tag above a mention in the body", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const mentioned = await publishArticle(member.id, network.id, { title: `Export notes ${word}`, summary: SUMMARY, body: `${BODY} Next year Tyskland.`, countries: ["FR"] });
    const tagged = await publishArticle(member.id, network.id, { title: `Export notes ${word}`, summary: SUMMARY, body: `${BODY} Next year more.`, countries: ["DE"] });
    const result = await searchKnowledge({ actorId: member.id, q: `Tyskland ${word}` });
    // Other tests' items tagged DE may follow as similar matches.
    expect(textIds(result)).toEqual([tagged, mentioned]);
  });

  it("finds a question by the text of its answers, kept up to date by the database", async () => {
    const { network, member, organiser } = await knowledgeNetwork();
    const word = testWord();
    const question = await askQuestion(member.id, network.id, { title: "Who handles returns in Kenya?" });
    expect((await searchKnowledge({ actorId: member.id, q: word })).total).toBe(0);

    const answer = await postAnswer({ actorId: organiser.id, questionId: question, body: `Ask the forwarder ${word} in Mombasa, they handle returns.` });
    const found = await searchKnowledge({ actorId: member.id, q: `forwarders ${word}` });
    expect(textIds(found)).toEqual([question]);
    expect(found.items[0]).toMatchObject({ type: "question", answerCount: 1, fuzzy: false });
    expect(marked(found.items[0]!.snippet)).toEqual(expect.arrayContaining(["forwarder", word]));

    await deleteAnswer({ actorId: organiser.id, answerId: answer });
    const gone = await searchKnowledge({ actorId: member.id, q: word });
    expect(gone.total).toBe(0);
    expect(gone.items).toEqual([]);
  });

  it("searches the fields of an export story", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const story = await saveKnowledgeItem({
      actorId: member.id,
      kind: "STORY",
      intent: "publish",
      title: "Into Brazil with water filters",
      summary: "How a filter maker found its distributor in São Paulo.",
      body: "We visited a trade fair and met three possible distributors there.",
      storyMarket: "BR",
      storyWorked: `A local customs agent ${word} who calculated the landed cost.`,
      language: "en",
      countries: ["BR"],
      topics: ["partners-and-agents"],
      visibility: "MEMBERS",
      networkId: network.id,
    });
    const result = await searchKnowledge({ actorId: member.id, q: `${word} agents` });
    expect(textIds(result)).toEqual([story]);
    expect(result.items[0]).toMatchObject({ type: "story", storyMarket: "BR", countries: ["BR"], fuzzy: false });
  });

  // The snippet is cut around a stretch of text holding every word of the query; when one of
  // them is only in the title or the tags, it should still show where the others are.
  it("shows and highlights a body match in the snippet when another word of the query is only in the title", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const id = await publishArticle(member.id, network.id, {
      title: `Doing business in Vietnam ${word}`,
      summary: "Our notes after three years of selling machine parts to importers in the south.",
      body: "We learned a lot about the market, the people and the holidays. For first orders we always ask for a deposit by bank transfer.",
    });
    const result = await searchKnowledge({ actorId: member.id, q: `deposit ${word}` });
    expect(textIds(result)).toEqual([id]);
    expect(marked(result.items[0]!.title)).toEqual([word]);
    expect(marked(result.items[0]!.snippet)).toEqual(["deposit"]);
  });
});

describe("searchKnowledge tolerates typos when the words find little", () => {
  it("finds a misspelt country by similarity when full text finds nothing, and highlights the similar word", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const id = await publishArticle(member.id, network.id, { title: `Doing business in Vietnam ${word}`, countries: ["VN"] });
    const other = await publishArticle(member.id, network.id, { title: `Doing business in Chile ${word}`, countries: ["CL"] });
    const result = await searchKnowledge({ actorId: member.id, q: `Vietnma ${word}` });
    expect(result.fuzzy).toBe(true);
    expect(result.items[0]).toMatchObject({ id, fuzzy: true });
    expect(marked(result.items[0]!.title)).toEqual(["Vietnam", word]);
    // The other item shares only the test's word, so it comes after.
    expect(ids(result).indexOf(other)).toBeGreaterThan(0);
    expect(marked(hit(result, other)!.title)).not.toContain("Chile");
  });

  it("finds a misspelt country that only a tag names, in Swedish", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const tagged = await publishArticle(member.id, network.id, { title: `Selling machine parts ${word}`, summary: SUMMARY, body: BODY, countries: ["DE"] });
    await publishArticle(member.id, network.id, { title: `Selling machine parts ${word}`, summary: SUMMARY, body: BODY, countries: ["CL"] });
    const result = await searchKnowledge({ actorId: member.id, q: `Tysklnad ${word}` });
    expect(result.items[0]).toMatchObject({ id: tagged, fuzzy: true });
  });

  it("finds a misspelt term, marks the item as similar and highlights the word it resembles", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const target = await publishArticle(member.id, network.id, { title: `Packaging rules for food ${word}`, summary: "What the labels must say about allergens.", body: BODY });
    await publishArticle(member.id, network.id, { title: `Club evening ${word}`, summary: SUMMARY, body: BODY });
    const result = await searchKnowledge({ actorId: member.id, q: `packagign ${word}` });
    expect(result.fuzzy).toBe(true);
    expect(result.items[0]).toMatchObject({ id: target, fuzzy: true });
    expect(marked(result.items[0]!.title)).toEqual(["Packaging", word]);
  });

  it("lists full-text matches before similar ones, and uses similarity only when fewer than three items match", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const exact = await publishArticle(member.id, network.id, { title: `Packaging rules ${word}`, summary: SUMMARY, body: BODY });
    const similar = await publishArticle(member.id, network.id, { title: `Pakaging we liked ${word}`, summary: SUMMARY, body: BODY });

    const few = await searchKnowledge({ actorId: member.id, q: `packaging ${word}` });
    // Another test's item may be similar too; only this test's items are compared.
    const mine = new Set([exact, similar]);
    expect(few.items.filter((item) => mine.has(item.id)).map((item) => [item.id, item.fuzzy])).toEqual([
      [exact, false],
      [similar, true],
    ]);
    expect(few.fuzzy).toBe(true);

    const more = [
      await publishArticle(member.id, network.id, { title: `Packaging costs ${word}`, summary: SUMMARY, body: BODY }),
      await publishArticle(member.id, network.id, { title: `Packaging in Japan ${word}`, summary: SUMMARY, body: BODY }),
    ];
    const enough = await searchKnowledge({ actorId: member.id, q: `packaging ${word}` });
    expect(new Set(ids(enough))).toEqual(new Set([exact, ...more]));
    expect(enough.total).toBe(3);
    expect(enough.fuzzy).toBe(false);
  });
});
