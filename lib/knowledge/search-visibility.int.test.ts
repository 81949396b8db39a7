import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { askQuestion, knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";
import { postAnswer } from "./answers";
import { moderateRestore, moderateUnpublish, saveKnowledgeItem, unpublishOwnItem } from "./items";
import { searchKnowledge, type KnowledgeSearchResult } from "./search";

// Who finds what: visitors and signed-in people outside every network see public items only
// (in results, counts, facets and snippets); members of any network see members-only items
// too; drafts and taken-down items are found by nobody. Every item carries its test's word.

/** Two of uniqueWord() in one, so the similarity fallback never takes another test's word for it. */
const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;
const ids = (result: KnowledgeSearchResult) => result.items.map((item) => item.id);
const sorted = (list: string[]) => [...list].sort();
const NO_FACETS = { country: {}, topic: {}, type: {}, language: {} };
/** What a search tells about the items (not the echo of the query). */
const answerOf = ({ items, total, facets }: KnowledgeSearchResult) => ({ items, total, facets });

/**
 * A public article and a public question with an answer, and members-only items with a
 * secret word of their own, in countries, topics, a type and a language no public item has.
 */
async function scenario() {
  const people = await knowledgeNetwork();
  const { network, member, organiser } = people;
  const word = testWord();
  const secret = testWord();
  const publicArticle = await publishArticle(member.id, network.id, {
    title: `Payment terms in Vietnam ${word}`,
    summary: "Deposits and letters of credit for first orders.",
    body: `A deposit first, the balance against the bill of lading. ${word}`,
    visibility: "PUBLIC",
    countries: ["VN"],
    topics: ["payments"],
    language: "en",
  });
  const publicQuestion = await askQuestion(member.id, network.id, { title: `Payment terms with Thai buyers ${word}?`, visibility: "PUBLIC", countries: ["TH"], topics: ["payments"] });
  await postAnswer({ actorId: organiser.id, questionId: publicQuestion, body: `We use a deposit too ${word}.` });

  const membersStory = await saveKnowledgeItem({
    actorId: member.id,
    kind: "STORY",
    intent: "publish",
    title: `Rekrytering i Japan ${word} ${secret}`,
    summary: `Hur vi hittade vår första säljare i Osaka ${secret}.`,
    body: `Vi anlitade en rekryteringsfirma ${secret} och betalade ${word} en fast avgift.`,
    storyMarket: "JP",
    storyWorked: `Personliga introduktioner ${secret}.`,
    language: "sv",
    countries: ["JP"],
    topics: ["recruitment"],
    visibility: "MEMBERS",
    networkId: network.id,
  });
  const membersQuestion = await askQuestion(member.id, network.id, { title: `Hiring in Japan ${word} ${secret}?`, body: `Who knows a recruiter ${secret}?`, visibility: "MEMBERS", countries: ["JP"], topics: ["recruitment"] });
  // An answer to a members-only question stays as hidden as the question.
  await postAnswer({ actorId: organiser.id, questionId: membersQuestion, body: `Ask the chamber ${secret} in Tokyo, ${word}.` });
  return { ...people, word, secret, publicIds: [publicArticle, publicQuestion], membersIds: [membersStory, membersQuestion] };
}

/** The fields publishArticle fills in, for saving the same article again. */
const articleText = (overrides: Record<string, unknown>) => ({
  summary: "What payment terms work with first-time buyers.",
  body: "## Terms\n\nWe ask for **30 % up front** and the rest against the bill of lading.",
  language: "en",
  ...overrides,
});

const PUBLIC_FACETS = { country: { VN: 1, TH: 1 }, topic: { payments: 2 }, type: { article: 1, question: 1 }, language: { en: 2 } };
const ALL_FACETS = { country: { VN: 1, TH: 1, JP: 2 }, topic: { payments: 2, recruitment: 2 }, type: { article: 1, question: 2, story: 1 }, language: { en: 3, sv: 1 } };

describe("searchKnowledge shows members-only items to members only", () => {
  /** Viewers who must be treated as visitors. */
  const outsiders = {
    "a visitor": async () => null,
    "a signed-in person in no network": async () => (await createUser()).id,
    "a person whose only network is archived": async () => {
      const archived = await createNetwork({ status: "ARCHIVED" });
      const user = await createUser();
      await addMember(archived.id, user.id);
      return user.id;
    },
    "a member who has been removed": async (networkId: string) => {
      const user = await createUser();
      await addMember(networkId, user.id);
      await getPrisma().user.update({ where: { id: user.id }, data: { status: "REMOVED" } });
      return user.id;
    },
  };

  it.each(Object.keys(outsiders) as (keyof typeof outsiders)[])("%s finds public items only, in results, counts, facets and snippets", async (who) => {
    const { word, secret, publicIds, membersIds, network } = await scenario();
    const actorId = await outsiders[who](network.id);

    const result = await searchKnowledge({ actorId, q: word });
    expect(sorted(ids(result))).toEqual(sorted(publicIds));
    expect(result.total).toBe(2);
    expect(result.facets).toEqual(PUBLIC_FACETS);
    const everything = JSON.stringify(answerOf(result));
    expect(everything).not.toContain(secret);
    for (const id of membersIds) expect(everything).not.toContain(id);

    // Searching for the members' own words, exactly, misspelt or with filters, finds nothing of theirs.
    const misspelt = `${secret.slice(0, 8)}${secret.charAt(9)}${secret.charAt(8)}${secret.slice(10)}`;
    for (const q of [secret, `${secret} ${word}`, `"${secret}"`, `${secret} or ${word}`, misspelt, `Osaka ${word}`, `rekryteringsfirma ${word}`]) {
      const found = await searchKnowledge({ actorId, q });
      const text = JSON.stringify(answerOf(found));
      for (const id of membersIds) expect(text, q).not.toContain(id);
      expect(text, q).not.toContain(secret);
      if (q.includes(secret)) expect(found.facets.country.JP ?? 0, q).toBe(0);
    }
    for (const filters of [{ country: "JP" }, { topic: "recruitment" }, { type: "story" }, { language: "sv" }]) {
      expect(await searchKnowledge({ actorId, q: word, ...filters }), JSON.stringify(filters)).toMatchObject({ items: [], total: 0, facets: NO_FACETS });
    }
    expect(await searchKnowledge({ actorId, q: secret })).toMatchObject({ items: [], total: 0, facets: NO_FACETS });
  });

  it.each(["member", "organiser", "facilitator", "reader"] as const)("the network's %s finds members-only items too", async (role) => {
    const people = await scenario();
    const { word, secret, publicIds, membersIds } = people;
    // "reader" belongs to another network: membership of any network opens members-only content.
    const actorId = people[role].id;
    const result = await searchKnowledge({ actorId, q: word });
    expect(sorted(ids(result))).toEqual(sorted([...publicIds, ...membersIds]));
    expect(result.total).toBe(4);
    expect(result.facets).toEqual(ALL_FACETS);
    const found = await searchKnowledge({ actorId, q: secret });
    expect(sorted(ids(found))).toEqual(sorted(membersIds));
    expect(found.items.every((item) => !item.fuzzy)).toBe(true);
    expect(await searchKnowledge({ actorId, q: word, country: "JP", type: "story" })).toMatchObject({ total: 1, items: [{ id: membersIds[0], type: "story", storyMarket: "JP" }] });
  });

  it("hides an item from visitors as soon as it becomes members-only, and shows it again when public", async () => {
    const { network, member } = await knowledgeNetwork();
    const word = testWord();
    const input = { title: `Trade fairs in Germany ${word}`, visibility: "PUBLIC", countries: ["DE"], topics: ["trade-fairs"] };
    const id = await publishArticle(member.id, network.id, input);
    expect(ids(await searchKnowledge({ actorId: null, q: word }))).toEqual([id]);
    await saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", itemId: id, intent: "publish", networkId: network.id, ...articleText(input), visibility: "MEMBERS" });
    expect(await searchKnowledge({ actorId: null, q: word })).toMatchObject({ items: [], total: 0, facets: NO_FACETS });
    expect(ids(await searchKnowledge({ actorId: member.id, q: word }))).toEqual([id]);
    await saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", itemId: id, intent: "publish", networkId: network.id, ...articleText(input), visibility: "PUBLIC" });
    expect(ids(await searchKnowledge({ actorId: null, q: word }))).toEqual([id]);
  });
});

describe("searchKnowledge finds published items only", () => {
  it("never finds a draft, an item taken back to drafts or one taken down by a moderator — not even for its author", async () => {
    const { network, member, organiser, reader } = await knowledgeNetwork();
    const admin = await createUser({ isAdmin: true });
    const word = testWord();
    const [hidden, draftWord, backWord, downWord] = [testWord(), testWord(), testWord(), testWord()];
    const published = await publishArticle(member.id, network.id, { title: `Published notes ${word}`, visibility: "PUBLIC" });
    const draft = await saveKnowledgeItem({
      actorId: member.id,
      kind: "ARTICLE",
      intent: "draft",
      networkId: network.id,
      ...articleText({ title: `Draft notes ${word} ${hidden} ${draftWord}`, visibility: "PUBLIC", countries: ["JP"], topics: ["recruitment"] }),
    });
    const backToDraft = await publishArticle(member.id, network.id, { title: `Withdrawn notes ${word} ${hidden} ${backWord}`, visibility: "PUBLIC", countries: ["JP"] });
    await unpublishOwnItem({ actorId: member.id, itemId: backToDraft });
    const takenDown = await publishArticle(member.id, network.id, { title: `Removed notes ${word} ${hidden} ${downWord}`, visibility: "PUBLIC", countries: ["JP"] });
    await moderateUnpublish({ actorId: organiser.id, itemId: takenDown, note: "Off topic." });

    const rows = await getPrisma().knowledgeItem.findMany({ where: { id: { in: [draft, backToDraft, takenDown] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({ [draft]: "DRAFT", [backToDraft]: "DRAFT", [takenDown]: "UNPUBLISHED" });

    for (const actorId of [null, member.id, organiser.id, reader.id, admin.id]) {
      const result = await searchKnowledge({ actorId, q: word });
      expect(ids(result), String(actorId)).toEqual([published]);
      expect(result.total).toBe(1);
      expect(result.facets.country).toEqual({ VN: 1 });
      expect(JSON.stringify(answerOf(result))).not.toContain(hidden);
      for (const q of [hidden, draftWord, backWord, downWord]) {
        expect(await searchKnowledge({ actorId, q }), `${String(actorId)} ${q}`).toMatchObject({ items: [], total: 0, facets: NO_FACETS });
      }
      // Both words: nothing has both, and the similarity fallback offers the published item only.
      expect(ids(await searchKnowledge({ actorId, q: `${word} ${hidden}` }))).toEqual([published]);
      expect(await searchKnowledge({ actorId, q: word, country: "JP" })).toMatchObject({ items: [], total: 0 });
    }

    // Restored by the moderator, the item is found again.
    await moderateRestore({ actorId: organiser.id, itemId: takenDown });
    expect(sorted(ids(await searchKnowledge({ actorId: null, q: word })))).toEqual(sorted([published, takenDown]));
  });
});
