// Topic tags of the knowledge bank. A closed list keeps facets meaningful and lets each tag
// have a translated label (`knowledge.topic.<tag>` in the catalogues).
export const KNOWLEDGE_TOPICS = [
  "company-registration",
  "customs",
  "payments",
  "trade-fairs",
  "culture",
  "logistics",
  "law-and-regulation",
  "taxes",
  "financing",
  "marketing-and-sales",
  "partners-and-agents",
  "recruitment",
  "export-support",
  "travel-and-visas",
] as const;

export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];
