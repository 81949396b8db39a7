import { parseInput } from "@/lib/errors";
import { markdownToPlainText } from "./plain-text";
import { tagText } from "./rules";
import { articleSchema, questionSchema, storySchema } from "./schema";
import { topicLabel } from "./topic-labels";
import type { KnowledgeTopic } from "./topics";

// From an editor's input to the columns of a KnowledgeItem, shared by the service and the
// demo seed (which so validates its content with the same rules).

export type Kind = "ARTICLE" | "STORY" | "QUESTION";
const schemaOf = { ARTICLE: articleSchema, STORY: storySchema, QUESTION: questionSchema } as const;

/** The columns written from a valid input, including the plain text and tag words the search indexes. */
export function columnsOf(kind: Kind, input: Record<string, unknown>) {
  const parsed = parseInput(schemaOf[kind], input) as {
    title: string;
    summary?: string;
    body: string;
    language: string;
    countries: string[];
    sector?: string;
    topics: KnowledgeTopic[];
    visibility: "MEMBERS" | "PUBLIC";
    networkId: string;
    storyMarket?: string;
    storyWorked?: string;
    storyDidNotWork?: string;
    storyContacts?: string;
  };
  const storyParts = kind === "STORY" ? [parsed.storyWorked, parsed.storyDidNotWork, parsed.storyContacts] : [];
  return {
    networkId: parsed.networkId,
    title: parsed.title,
    summary: parsed.summary ?? "",
    body: parsed.body,
    language: parsed.language,
    visibility: parsed.visibility,
    countries: parsed.countries,
    sector: parsed.sector ?? null,
    topics: parsed.topics,
    storyMarket: kind === "STORY" ? (parsed.storyMarket ?? null) : null,
    storyWorked: kind === "STORY" ? (parsed.storyWorked ?? null) : null,
    storyDidNotWork: kind === "STORY" ? (parsed.storyDidNotWork ?? null) : null,
    storyContacts: kind === "STORY" ? (parsed.storyContacts ?? null) : null,
    bodyText: [parsed.body, ...storyParts].filter(Boolean).map((part) => markdownToPlainText(part!)).join(" "),
    tagText: tagText(parsed.countries, parsed.topics, parsed.language, topicLabel),
  };
}

