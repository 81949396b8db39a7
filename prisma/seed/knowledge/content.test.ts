import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { columnsOf } from "@/lib/knowledge/columns";
import { answerSchema } from "@/lib/knowledge/schema";
import { KNOWLEDGE_TOPICS } from "@/lib/knowledge/topics";
import { id as idSchema } from "@/lib/validation";
import { knowledgeEntries, knowledgeItemId } from "./seed";
import type { SeedQuestion, SeedStory } from "./types";

// The demo content of the knowledge bank is written by hand; these checks keep it within the
// rules the editor applies and the numbers the demo promises, without a database.

const entries = knowledgeEntries();
const ofKind = <K extends "ARTICLE" | "STORY" | "QUESTION">(kind: K) => entries.filter((entry) => entry.kind === kind);
const articles = ofKind("ARTICLE");
const stories = ofKind("STORY").map((entry) => entry.seed as SeedStory);
const questions = ofKind("QUESTION").map((entry) => entry.seed as SeedQuestion);

/** What seedKnowledgeBank passes to columnsOf for an entry (prisma/seed/knowledge/seed.ts). */
const inputOf = ({ seed }: (typeof entries)[number]) => ({
  ...seed,
  networkId: `network-${seed.network}`,
  ...("story" in seed
    ? { storyMarket: seed.story.market, storyWorked: seed.story.whatWorked, storyDidNotWork: seed.story.whatDidNotWork, storyContacts: seed.story.helpfulContacts }
    : {}),
});

describe("the knowledge bank's demo content", () => {
  it.each(entries.map((entry) => [entry.seed.key, entry] as const))("%s passes the editor's validation", (_key, entry) => {
    let columns: ReturnType<typeof columnsOf>;
    try {
      columns = columnsOf(entry.kind, inputOf(entry));
    } catch (error) {
      // Name the refused fields, not just "AppError".
      expect.fail(`refused: ${JSON.stringify((error as AppError).fieldErrors ?? String(error))}`);
    }
    expect(columns.title).toBe(entry.seed.title.trim());
    expect(columns.language).toBe(entry.seed.language);
    expect(columns.bodyText.length).toBeGreaterThan(0);
    // The tags are searchable: the text carries at least one country name.
    expect(columns.tagText.length).toBeGreaterThan(0);
    if (entry.kind === "STORY") expect(columns.countries).toEqual(entry.seed.countries);
  });

  it("has at least 60 articles, 8 stories and 20 answered questions", () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    expect(stories.length).toBeGreaterThanOrEqual(8);
    expect(questions.filter((question) => question.answers.length >= 1).length).toBeGreaterThanOrEqual(20);
  });

  it("is written in English and Swedish, for each kind", () => {
    for (const list of [articles.map((entry) => entry.seed), stories, questions]) {
      const languages = new Set(list.map((seed) => seed.language));
      expect(languages).toContain("en");
      expect(languages).toContain("sv");
    }
  });

  it("has unique keys that make valid item and answer ids", () => {
    const keys = entries.map((entry) => entry.seed.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      // Ids are referred to by forms (moderation, answers), whose id field allows 64 characters.
      expect(idSchema.safeParse(knowledgeItemId(key)).success, key).toBe(true);
    }
    for (const question of questions) {
      expect(idSchema.safeParse(`${knowledgeItemId(question.key)}-answer-${question.answers.length}`).success, question.key).toBe(true);
    }
  });

  // A few questions are left unanswered on purpose, so the demo shows open questions too.
  it("gives every question at most four valid answers, at most one of them accepted", () => {
    for (const question of questions) {
      expect(question.answers.length, question.key).toBeLessThanOrEqual(4);
      expect(question.answers.filter((answer) => answer.accepted).length, question.key).toBeLessThanOrEqual(1);
      for (const answer of question.answers) {
        expect(answerSchema.safeParse({ questionId: knowledgeItemId(question.key), body: answer.body }).success, question.key).toBe(true);
      }
    }
  });

  it("puts each story's market among its countries", () => {
    for (const story of stories) expect(story.countries, story.key).toContain(story.story.market);
  });

  it("tags every entry with one to three countries and known topics", () => {
    for (const { seed } of entries) {
      expect(seed.countries.length, seed.key).toBeGreaterThanOrEqual(1);
      expect(seed.countries.length, seed.key).toBeLessThanOrEqual(3);
      expect(new Set(seed.countries).size, seed.key).toBe(seed.countries.length);
      for (const topic of seed.topics) expect(KNOWLEDGE_TOPICS, seed.key).toContain(topic);
    }
  });

  it("has public entries for visitors and members-only entries for members", () => {
    const visibilities = new Set(entries.map((entry) => entry.seed.visibility));
    expect(visibilities).toEqual(new Set(["PUBLIC", "MEMBERS"]));
  });
});
