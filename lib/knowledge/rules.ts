import { countryName } from "@/lib/i18n/display-names";
import type { KnowledgeTopic } from "./topics";

// Who may do what with an item of the knowledge bank. Pure: the services load the facts.

export interface KnowledgeActor {
  id: string;
  isAdmin: boolean;
  /** Networks (not archived) the actor belongs to as member, organiser or facilitator. */
  networkIds: string[];
  /** Networks the actor organises (or facilitates while forming). */
  moderatedNetworkIds: string[];
}

export interface ItemFacts {
  authorId: string;
  networkId: string;
  status: "DRAFT" | "PUBLISHED" | "UNPUBLISHED";
  visibility: "MEMBERS" | "PUBLIC";
}

export const isMember = (actor: KnowledgeActor | null) => Boolean(actor && actor.networkIds.length > 0);
export const canModerate = (actor: KnowledgeActor | null, item: Pick<ItemFacts, "networkId">) =>
  Boolean(actor && (actor.isAdmin || actor.moderatedNetworkIds.includes(item.networkId)));

/** Published items by visibility; drafts to their author; taken-down items to author and moderators. */
export function canRead(actor: KnowledgeActor | null, item: ItemFacts): boolean {
  if (actor && actor.id === item.authorId) return true;
  if (item.status === "DRAFT") return false;
  if (item.status === "UNPUBLISHED") return canModerate(actor, item);
  return item.visibility === "PUBLIC" || isMember(actor) || canModerate(actor, item);
}

export const canEdit = (actor: KnowledgeActor | null, item: ItemFacts) => Boolean(actor && actor.id === item.authorId && item.status !== "UNPUBLISHED");

/** Only a moderator brings back what a moderator took down; the author may only edit it as a draft. */
export const canPublish = (actor: KnowledgeActor | null, item: ItemFacts) =>
  item.status === "UNPUBLISHED" ? canModerate(actor, item) : Boolean(actor && actor.id === item.authorId);

export const canWriteIn = (actor: KnowledgeActor | null, networkId: string) => Boolean(actor && actor.networkIds.includes(networkId));

/** Answering and voting need a member who can read the question; nobody votes on their own answer. */
export const canAnswer = (actor: KnowledgeActor | null, question: ItemFacts) =>
  isMember(actor) && question.status === "PUBLISHED" && canRead(actor, question);
export const canVote = (actor: KnowledgeActor | null, question: ItemFacts, answerAuthorId: string) =>
  canAnswer(actor, question) && actor!.id !== answerAuthorId;

/** Languages whose country names go into an item's search document besides the text's own. */
const TAG_LOCALES = ["en", "sv"] as const;

/**
 * Search words for an item's tags: each country in English, Swedish and the text's language,
 * and the topic labels, so "Vietnam", "Vietnam" in Swedish or "tull" find what is tagged.
 */
export function tagText(countries: string[], topics: KnowledgeTopic[], language: string, topicLabel: (topic: KnowledgeTopic, locale: string) => string): string {
  const locales = new Set<string>([...TAG_LOCALES, language]);
  const words = new Set<string>();
  for (const locale of locales) {
    for (const country of countries) words.add(countryName(locale, country));
    for (const topic of topics) if ((TAG_LOCALES as readonly string[]).includes(locale)) words.add(topicLabel(topic, locale));
  }
  return [...words].join(" · ");
}
