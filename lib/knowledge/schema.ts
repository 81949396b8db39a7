import { z } from "zod";
import { param } from "@/lib/directory/schema";
import { countryCode, languageCode } from "@/lib/profiles/schema";
import { SNI_SECTIONS } from "@/lib/profiles/options";
import { id, optionalText, plainText } from "@/lib/validation";
import { KNOWLEDGE_TOPICS } from "./topics";

// Inputs of the knowledge bank. Every message is a key of the `validation` namespace.

export const KNOWLEDGE_LIMITS = {
  title: 160,
  summary: 400,
  body: 40_000,
  storyField: 4_000,
  answer: 10_000,
  countries: 5,
  topics: 6,
  moderationNote: 500,
  query: 200,
  maxPage: 500,
} as const;

export const KNOWLEDGE_KINDS = ["ARTICLE", "STORY", "QUESTION"] as const;
export const KNOWLEDGE_TYPES = ["article", "story", "question"] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A repeated form field (a multi-select or checkbox group) arrives as a string or an array. */
const many = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((entry) => entry.trim()).filter(Boolean))
    // Duplicates collapse after each entry is normalised ("vn" and "VN" are one country).
    .pipe(z.array(item) as unknown as z.ZodType<z.output<T>[], string[]>)
    .transform((list) => [...new Set(list)])
    .refine((list) => list.length <= max, tooMany);

/** Markdown: any characters (it is sanitised when rendered), line endings normalised. */
const markdown = (min: number, max: number) =>
  z
    .string({ error: "validation.required" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(min, min <= 1 ? "validation.required" : "validation.tooShort").max(max, "validation.tooLong"));

const optionalMarkdown = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value?.replace(/\r\n?/g, "\n").trim() || undefined)
    .pipe(z.string().max(max, "validation.tooLong").optional());

const sharedFields = {
  title: plainText(5, KNOWLEDGE_LIMITS.title),
  language: languageCode,
  countries: many(countryCode, KNOWLEDGE_LIMITS.countries, "validation.tooManyKnowledgeCountries").refine((list) => list.length > 0, "validation.chooseCountry"),
  sector: z.preprocess(blankToUndefined, z.enum(SNI_SECTIONS, { error: "validation.chooseSector" }).optional()),
  topics: many(z.enum(KNOWLEDGE_TOPICS, { error: "validation.invalid" }), KNOWLEDGE_LIMITS.topics, "validation.tooManyTopics"),
  visibility: z.enum(["MEMBERS", "PUBLIC"], { error: "validation.invalid" }),
  networkId: id,
};

export const articleSchema = z.object({
  ...sharedFields,
  summary: plainText(10, KNOWLEDGE_LIMITS.summary),
  body: markdown(20, KNOWLEDGE_LIMITS.body),
});

export const storySchema = articleSchema
  .extend({
    storyMarket: countryCode,
    storyWorked: optionalMarkdown(KNOWLEDGE_LIMITS.storyField),
    storyDidNotWork: optionalMarkdown(KNOWLEDGE_LIMITS.storyField),
    storyContacts: optionalMarkdown(KNOWLEDGE_LIMITS.storyField),
  })
  // The market is what the story is about, so it is always among its countries.
  .transform((story) => ({ ...story, countries: story.countries.includes(story.storyMarket) ? story.countries : [story.storyMarket, ...story.countries].slice(0, KNOWLEDGE_LIMITS.countries) }));

export const questionSchema = z.object({
  ...sharedFields,
  body: markdown(10, KNOWLEDGE_LIMITS.body),
});

/** What the editor's buttons ask for: keep as a draft, or publish (questions always publish). */
export const saveIntentSchema = z.enum(["draft", "publish"], { error: "validation.invalid" }).default("draft");

export const answerSchema = z.object({ questionId: id, body: markdown(2, KNOWLEDGE_LIMITS.answer) });
export const voteSchema = z.object({
  answerId: id,
  value: z.coerce.number({ error: "validation.invalid" }).pipe(z.union([z.literal(1), z.literal(-1), z.literal(0)], { error: "validation.invalid" })),
});
export const answerRefSchema = z.object({ answerId: id });
export const itemRefSchema = z.object({ itemId: id });
export const moderationSchema = z.object({ itemId: id, note: optionalText(KNOWLEDGE_LIMITS.moderationNote) });

const pageParam = z
  .string()
  .regex(/^\d{1,6}$/, "validation.page")
  .transform(Number)
  .pipe(z.number().int().min(1, "validation.page").max(KNOWLEDGE_LIMITS.maxPage, "validation.page"));

/**
 * Any text is a valid query once normalised: control characters (PostgreSQL text cannot hold
 * NUL) become spaces, and runs of exclusion signs ("- - -", "---") one sign, because
 * websearch_to_tsquery overflows its stack on long runs of negations.
 */
export const normaliseQuery = (q: string) => q.replace(/\p{Cc}/gu, " ").replace(/-(?:\s*-)+/g, "-").trim();

export const knowledgeQueryShape = {
  // The length cap keeps the parse and the trigram comparison cheap.
  q: param(z.string().max(KNOWLEDGE_LIMITS.query, "validation.tooLong").transform(normaliseQuery)),
  country: param(countryCode),
  topic: param(z.enum(KNOWLEDGE_TOPICS, { error: "validation.topic" })),
  type: param(z.enum(KNOWLEDGE_TYPES, { error: "validation.knowledgeType" })),
  language: param(languageCode),
  page: param(pageParam),
};

export type KnowledgeParameter = keyof typeof knowledgeQueryShape;
export const knowledgeParameters = Object.keys(knowledgeQueryShape) as KnowledgeParameter[];

export const knowledgeQuerySchema = z
  .looseObject(knowledgeQueryShape)
  .superRefine(
    (value, context) => {
      for (const key of Object.keys(value)) {
        if (!(key in knowledgeQueryShape)) context.addIssue({ code: "custom", path: [key], message: "validation.unknownParameter" });
      }
    },
    { when: () => true },
  )
  .transform(({ q, country, topic, type, language, page }) => ({ q, country, topic, type, language, page: page ?? 1 }));

export type KnowledgeQuery = z.output<typeof knowledgeQuerySchema>;

/** The query string of a knowledge search with only what is set, so shared links stay short. */
export function knowledgeHref(query: Partial<KnowledgeQuery>, changes: Partial<Record<KnowledgeParameter, string | number | undefined>> = {}) {
  const merged: Record<string, unknown> = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of knowledgeParameters) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, key === "country" ? String(value).toLowerCase() : String(value));
  }
  const search = params.toString();
  return search ? `/knowledge?${search}` : "/knowledge";
}
