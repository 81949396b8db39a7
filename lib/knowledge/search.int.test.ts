import { describe, expect, it } from "vitest";
import { searchKnowledge } from "./search";
import { knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";

describe("searchKnowledge", () => {
  it("ranks a title match above a body-only match and highlights it", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = uniqueWord();
    const inBody = await publishArticle(member.id, network.id, { title: `Shipping notes ${word}`, body: `Long text about customs. Ferment appears once: ferment.` });
    const inTitle = await publishArticle(member.id, network.id, { title: `Ferment exports ${word}` });
    const result = await searchKnowledge({ actorId: member.id, q: `ferment ${word}` });
    expect(result.items.map((item) => item.id)).toEqual([inTitle, inBody]);
    const title = result.items[0]!.title;
    expect(title.highlights.map(([start, end]) => title.text.slice(start, end).toLowerCase())).toContain("ferment");
  });

  it("finds a misspelt country by similarity when full text finds nothing", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = uniqueWord();
    const id = await publishArticle(member.id, network.id, { title: `Doing business in Vietnam ${word}` });
    const result = await searchKnowledge({ actorId: member.id, q: `Vietnma ${word}` });
    expect(result.items.map((item) => item.id)).toContain(id);
  });
});
