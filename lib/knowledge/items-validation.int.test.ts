// What the service stores from an editor's input, and the invalid inputs it refuses whole.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { articleInput, knowledgeNetwork, publishArticle } from "@/tests/knowledge-factories";
import { saveKnowledgeItem } from "./items";
import type { Kind } from "./columns";

type Input = Record<string, unknown>;
const row = (id: string) => getPrisma().knowledgeItem.findUniqueOrThrow({ where: { id } });

/** The items and revisions of these authors: a refusal leaves both as they were. */
async function stored(authorIds: string[]) {
  const db = getPrisma();
  const [items, revisions] = await Promise.all([
    db.knowledgeItem.findMany({ where: { authorId: { in: authorIds } }, orderBy: { id: "asc" } }),
    db.knowledgeRevision.findMany({ where: { item: { authorId: { in: authorIds } } }, orderBy: [{ itemId: "asc" }, { number: "asc" }] }),
  ]);
  return { items, revisions, counts: [items.length, revisions.length] };
}

async function fieldErrorsOf(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error("accepted");
}

// A question has no summary.
const questionInput = (networkId: string, overrides: Input = {}): Input => articleInput(networkId, { summary: undefined, body: "Which payment terms are normal in Vietnam?", ...overrides });

const storyInput = (networkId: string, overrides: Input = {}): Input => articleInput(networkId, { storyMarket: "TH", ...overrides });
const inputOf: Record<Kind, (networkId: string, overrides?: Input) => Input> = { ARTICLE: articleInput, STORY: storyInput, QUESTION: questionInput };

const cases: [Kind, string, Input, Record<string, string[]>][] = [
  ["ARTICLE", "a title with a script tag", { title: "<script>alert(1)</script> Vietnam" }, { title: ["validation.noMarkup"] }],
  ["ARTICLE", "a title too short", { title: "VN" }, { title: ["validation.tooShort"] }],
  ["ARTICLE", "no summary", { summary: undefined }, { summary: ["validation.required"] }],
  ["ARTICLE", "a blank summary", { summary: "   " }, { summary: ["validation.tooShort"] }],
  ["ARTICLE", "six countries", { countries: ["VN", "TH", "SE", "DE", "FR", "US"] }, { countries: ["validation.tooManyKnowledgeCountries"] }],
  ["ARTICLE", "no country", { countries: [] }, { countries: ["validation.chooseCountry"] }],
  ["ARTICLE", "an unknown country", { countries: ["XX"] }, { "countries.0": ["validation.unknownCountry"] }],
  ["ARTICLE", "an unknown topic", { topics: ["payments", "weather"] }, { "topics.1": ["validation.invalid"] }],
  ["ARTICLE", "seven topics", { topics: ["customs", "payments", "culture", "taxes", "logistics", "financing", "recruitment"] }, { topics: ["validation.tooManyTopics"] }],
  ["ARTICLE", "an unknown language", { language: "xx" }, { language: ["validation.unknownLanguage"] }],
  ["ARTICLE", "an unknown sector", { sector: "Z" }, { sector: ["validation.chooseSector"] }],
  ["ARTICLE", "an unknown visibility", { visibility: "SECRET" }, { visibility: ["validation.invalid"] }],
  ["ARTICLE", "a body over 40,000 characters", { body: "x".repeat(40_001) }, { body: ["validation.tooLong"] }],
  ["ARTICLE", "a body too short", { body: "Too short." }, { body: ["validation.tooShort"] }],
  ["ARTICLE", "several mistakes at once", { title: "<b>x</b>", language: "xx", visibility: "SECRET" }, { title: ["validation.noMarkup"], language: ["validation.unknownLanguage"], visibility: ["validation.invalid"] }],
  ["STORY", "no market", { storyMarket: undefined }, { storyMarket: ["validation.unknownCountry"] }],
  ["STORY", "an unknown market", { storyMarket: "XX" }, { storyMarket: ["validation.unknownCountry"] }],
  ["STORY", "a story field over 4,000 characters", { storyDidNotWork: "x".repeat(4_001) }, { storyDidNotWork: ["validation.tooLong"] }],
  ["QUESTION", "an empty question", { body: "" }, { body: ["validation.tooShort"] }],
  ["QUESTION", "a title with markup", { title: "Payment <i>terms</i> in Vietnam?" }, { title: ["validation.noMarkup"] }],
];

describe("invalid input", () => {
  it.each(cases)("refuses a new %s with %s and stores nothing", async (kind, _label, overrides, fieldErrors) => {
    const { network, member } = await knowledgeNetwork();
    const before = await stored([member.id]);
    expect(await fieldErrorsOf(() => saveKnowledgeItem({ actorId: member.id, kind, intent: "publish", ...inputOf[kind](network.id, overrides) }))).toEqual({ code: "INVALID", fieldErrors });
    expect(await stored([member.id])).toEqual(before);
  });

  it("refuses an invalid edit and leaves the item and its revisions as they were", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await publishArticle(member.id, network.id);
    const before = await stored([member.id]);
    expect(before.counts).toEqual([1, 1]);
    for (const [, , overrides, fieldErrors] of cases.filter(([kind]) => kind === "ARTICLE")) {
      expect(await fieldErrorsOf(() => saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", itemId: id, ...articleInput(network.id, overrides) }))).toEqual({ code: "INVALID", fieldErrors });
    }
    expect(await stored([member.id])).toEqual(before);
  });

  it("accepts a body of exactly 40,000 characters", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await publishArticle(member.id, network.id, { body: "x".repeat(40_000) });
    expect((await row(id)).body).toHaveLength(40_000);
  });
});

describe("what is stored", () => {
  it("stores the Markdown as written, and plain text without syntax or link addresses for search", async () => {
    const { network, member } = await knowledgeNetwork();
    const body = [
      "## Payment terms",
      "",
      "Ask [Business Sweden](https://www.business-sweden.com/hanoi-office) about **letters of credit** and _prepayment_.",
      "",
      "- 30 % up front",
      "- the rest against the `bill of lading`",
      "",
      "![Container port](https://img.example/haiphong.png)",
      "",
      "<div>raw html</div>",
    ].join("\r\n");
    const id = await publishArticle(member.id, network.id, { body: `  ${body}\r\n` });
    const item = await row(id);
    expect(item.body).toBe(body.replace(/\r\n/g, "\n"));
    expect(item.bodyText).toBe("Payment terms Ask Business Sweden about letters of credit and prepayment. 30 % up front the rest against the bill of lading Container port");
    expect(item.bodyText).not.toMatch(/[#*_`[\]<>]|https?:|business-sweden\.com|hanoi-office|haiphong\.png|raw html/);
  });

  it("normalises tags and writes their names in several languages for search", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await publishArticle(member.id, network.id, { countries: ["se", " VN ", "se"], topics: "customs", sector: "", language: "DE", title: "  Zoll in Vietnam und Schweden  " });
    const item = await row(id);
    expect(item).toMatchObject({ countries: ["SE", "VN"], topics: ["customs"], sector: null, language: "de", title: "Zoll in Vietnam und Schweden", storyMarket: null, storyWorked: null });
    expect(item.tagText.split(" · ")).toEqual(["Sweden", "Vietnam", "Customs", "Sverige", "Tull", "Schweden"]);
  });

  it("adds a story's market to its countries and puts the story's fields into the plain text", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await saveKnowledgeItem({
      actorId: member.id,
      kind: "STORY",
      intent: "publish",
      ...storyInput(network.id, { storyMarket: "th", countries: ["VN"], storyWorked: "A **distributor** in Bangkok.", storyDidNotWork: "   ", storyContacts: "[Team Sweden](https://example.com/team)" }),
    });
    const item = await row(id);
    expect(item).toMatchObject({ kind: "STORY", storyMarket: "TH", countries: ["TH", "VN"], storyWorked: "A **distributor** in Bangkok.", storyDidNotWork: null, storyContacts: "[Team Sweden](https://example.com/team)" });
    expect(item.bodyText).toMatch(/A distributor in Bangkok\. Team Sweden$/);
    expect(item.bodyText).not.toContain("example.com");
    expect(item.tagText).toContain("Thailand");
  });

  it("ignores fields the editor does not have: status, author, revision, moderation, search text", async () => {
    const { network, member, organiser } = await knowledgeNetwork();
    const forged = { status: "PUBLISHED", authorId: organiser.id, publishedAt: new Date(0), revision: 99, moderatedById: organiser.id, moderationNote: "x", answerCount: 7, bodyText: "forged" };
    const id = await saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", ...articleInput(network.id), ...forged });
    expect(await row(id)).toMatchObject({ kind: "ARTICLE", status: "DRAFT", authorId: member.id, publishedAt: null, revision: 1, moderatedById: null, moderationNote: null, answerCount: 0 });
    expect((await row(id)).bodyText).not.toBe("forged");
  });

  it("keeps a story's market among its countries when it is already there, and drops story fields from other kinds", async () => {
    const { network, member } = await knowledgeNetwork();
    const story = await saveKnowledgeItem({ actorId: member.id, kind: "STORY", ...storyInput(network.id, { countries: ["VN", "TH"] }) });
    expect(await row(story)).toMatchObject({ countries: ["VN", "TH"], storyMarket: "TH" });
    const article = await publishArticle(member.id, network.id, { storyMarket: "TH", storyWorked: "Not part of an article." });
    expect(await row(article)).toMatchObject({ countries: ["VN"], storyMarket: null, storyWorked: null });
  });
});
