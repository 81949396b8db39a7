import en from "@/messages/en.json";
import sv from "@/messages/sv.json";
import type { KnowledgeTopic } from "./topics";

// Topic labels for the search document (not for display: pages use the catalogue through
// next-intl). English and Swedish, the languages most knowledge is written in.
const labels: Record<string, Record<string, string>> = { en: en.knowledge.topic, sv: sv.knowledge.topic };

export const topicLabel = (topic: KnowledgeTopic, locale: string) => labels[locale]?.[topic] ?? topic.replace(/-/g, " ");
