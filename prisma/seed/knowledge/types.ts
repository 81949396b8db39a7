import type { KnowledgeTopic } from "@/lib/knowledge/topics";

// The knowledge bank's demo content as plain values. Authors are not named here: the seed
// picks, for each entry, a member of `network` who knows one of its countries.

type NetworkSlug = "ovre-norrland" | "stockholm" | "skane" | "vastra-gotaland" | "kronoberg";

interface SeedKnowledgeBase {
  /** Stable, unique across all seed files; becomes part of the row id. */
  key: string;
  language: "en" | "sv";
  title: string;
  /** ISO 3166-1 alpha-2 codes the entry is about (1–3). */
  countries: string[];
  /** SNI 2007 section letter (A–U), when the entry is about one sector. */
  sector?: string;
  topics: KnowledgeTopic[];
  network: NetworkSlug;
  visibility: "PUBLIC" | "MEMBERS";
}

export interface SeedArticle extends SeedKnowledgeBase {
  summary: string;
  /** Markdown: headings, lists, links, emphasis; 150–400 words. */
  body: string;
}

export interface SeedStory extends SeedArticle {
  story: {
    /** The market the firm went into (ISO 3166-1 alpha-2), also in `countries`. */
    market: string;
    whatWorked: string;
    whatDidNotWork: string;
    helpfulContacts: string;
  };
}

export interface SeedQuestion extends SeedKnowledgeBase {
  /** Markdown, 40–150 words. */
  body: string;
  /** 0–4 answers in the question's language (none: still open); at most one `accepted`. */
  answers: { body: string; accepted?: boolean }[];
}
