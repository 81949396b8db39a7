import { describe, expect, it } from "vitest";
import { knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";
import type { HighlightedText } from "./highlight";
import { searchKnowledge, type KnowledgeSearchResult } from "./search";

// Languages in the knowledge search: each text is stemmed in its own language, accents never
// matter, and country and topic tags are found by their names in several languages. Every item
// carries a word of its own test (uniqueWord) and every query names it.

/**
 * Two of uniqueWord() in one: long enough (about twenty letters) that the similarity fallback,
 * which compares query words with every item's title, never takes another test's word for it.
 */
const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;
/** Items found by their words, not by the similarity fallback. */
const textIds = (result: KnowledgeSearchResult) => result.items.filter((item) => !item.fuzzy).map((item) => item.id);
const marked = ({ text, highlights }: HighlightedText) => highlights.map(([start, end]) => text.slice(start, end));
const hit = (result: KnowledgeSearchResult, id: string) => result.items.find((item) => item.id === id);

const SUMMARY = "Notes from our club evening about buyers, prices and delivery terms.";
const BODY = "We met the buyer twice, agreed a price list in euros and shipped the first pallets in spring.";

describe("searchKnowledge understands each text's language", () => {
  it("stems Swedish in Swedish texts only: 'tullar' finds 'tullen'", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const swedish = await publishArticle(member.id, network.id, {
      title: `Erfarenheter från hamnen ${word}`,
      summary: "Så gick det när vi skickade våra första pallar.",
      body: "Tullen i Hamburg höll godset i tre veckor innan papperen var klara.",
      language: "sv",
    });
    const english = await publishArticle(member.id, network.id, {
      title: `Notes from the port ${word}`,
      summary: "What happened with our first pallets.",
      body: "Tullen in Hamburg held the goods for three weeks before the papers were ready.",
      language: "en",
    });
    for (const q of [`tullar ${word}`, `tull ${word}`, `TULLARNA ${word}`]) {
      const result = await searchKnowledge({ actorId: member.id, q });
      expect(textIds(result), q).toEqual([swedish]);
      expect(marked(hit(result, swedish)!.snippet), q).toEqual(["Tullen"]);
    }
    // The English text has the same word, unstemmed: only the exact form finds it.
    expect(new Set(textIds(await searchKnowledge({ actorId: member.id, q: `tullen ${word}` })))).toEqual(new Set([swedish, english]));
  });

  it("stems English: 'exporting' finds 'exporters', 'shipping' finds 'shipped'", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const id = await publishArticle(member.id, network.id, { title: `Club evening ${word}`, summary: SUMMARY, body: `Three exporters told us how they shipped machines to Kenya (${word}).` });
    const exporting = await searchKnowledge({ actorId: member.id, q: `exporting ${word}` });
    expect(textIds(exporting)).toEqual([id]);
    expect(marked(exporting.items[0]!.snippet)).toEqual(["exporters", word]);
    const shipping = await searchKnowledge({ actorId: member.id, q: `shipping machine ${word}` });
    expect(textIds(shipping)).toEqual([id]);
    expect(marked(shipping.items[0]!.snippet)).toEqual(["shipped", "machines", word]);
  });

  it("ignores accents: 'Goteborg', 'Malmo' and 'Sao Paulo' find 'Göteborg', 'Malmö' and 'São Paulo'", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const swedish = await publishArticle(member.id, network.id, {
      title: `Mässor i Norden ${word}`,
      summary: "Våra bästa mässor för underleverantörer.",
      body: `Vi ställer ut i Göteborg varje vår och i Malmö varje höst (${word}).`,
      language: "sv",
      countries: ["SE"],
    });
    const english = await publishArticle(member.id, network.id, { title: `A fair in São Paulo ${word}`, summary: SUMMARY, body: BODY, language: "en", countries: ["BR"] });
    const unaccented = await publishArticle(member.id, network.id, { title: `Trip report ${word}`, summary: SUMMARY, body: "Our forwarder sits in Goteborg.", countries: ["SE"] });

    const goteborg = await searchKnowledge({ actorId: member.id, q: `Goteborg ${word}` });
    expect(new Set(textIds(goteborg))).toEqual(new Set([swedish, unaccented]));
    expect(marked(hit(goteborg, swedish)!.snippet)).toEqual(["Göteborg", word]);
    // And the other way round: an accented query finds unaccented text.
    expect(new Set(textIds(await searchKnowledge({ actorId: member.id, q: `GÖTEBORG ${word}` })))).toEqual(new Set([swedish, unaccented]));

    const malmo = await searchKnowledge({ actorId: member.id, q: `malmo ${word}` });
    expect(textIds(malmo)).toEqual([swedish]);
    expect(marked(hit(malmo, swedish)!.snippet)).toEqual(["Malmö", word]);

    const saoPaulo = await searchKnowledge({ actorId: member.id, q: `"Sao Paulo" ${word}` });
    expect(textIds(saoPaulo)).toEqual([english]);
    expect(marked(hit(saoPaulo, english)!.title)).toEqual(["São", "Paulo", word]);
  });

  it("finds an item by the name of its country in English, Swedish and the text's language, and by its topic in Swedish", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    // Neither text names the country: only the tags do.
    const english = await publishArticle(member.id, network.id, { title: `Selling machine parts ${word}`, summary: SUMMARY, body: BODY, countries: ["DE"], topics: ["customs"] });
    const french = await publishArticle(member.id, network.id, {
      title: `Vendre des pièces ${word}`,
      summary: "Nos notes sur les acheteurs et les prix.",
      body: "Nous avons rencontré trois acheteurs au salon.",
      language: "fr",
      countries: ["DE"],
      topics: ["payments"],
    });
    const elsewhere = await publishArticle(member.id, network.id, { title: `Selling machine parts ${word}`, summary: SUMMARY, body: BODY, countries: ["NO"], topics: ["payments"] });

    for (const q of [`Tyskland ${word}`, `germany ${word}`]) {
      expect(new Set(textIds(await searchKnowledge({ actorId: member.id, q }))), q).toEqual(new Set([english, french]));
    }
    expect(textIds(await searchKnowledge({ actorId: member.id, q: `Allemagne ${word}` }))).toEqual([french]);
    expect(textIds(await searchKnowledge({ actorId: member.id, q: `tull ${word}` }))).toEqual([english]);
    expect(textIds(await searchKnowledge({ actorId: member.id, q: `Norge ${word}` }))).toEqual([elsewhere]);
  });
});
