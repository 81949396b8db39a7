import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { searchParamsToInput } from "@/lib/directory/schema";
import { AppError, parseInput } from "@/lib/errors";
import { answerSchema, articleSchema, knowledgeHref, knowledgeQuerySchema, moderationSchema, questionSchema, saveIntentSchema, storySchema, voteSchema } from "./schema";

/** The code and field errors of a refused input; fails the test if the input is accepted. */
function refusal(schema: z.ZodType, input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("accepted");
}

const article = {
  title: "  Getting paid in Vietnam  ",
  summary: "What payment terms work with new buyers.",
  body: "## Terms\n\nWe ask for 30 % up front, the rest later.",
  language: "EN",
  countries: "vn",
  visibility: "MEMBERS",
  networkId: "network-1",
};

describe("articleSchema", () => {
  it("trims and normalises the fields and takes one country as a string", () => {
    expect(articleSchema.parse(article)).toEqual({
      title: "Getting paid in Vietnam",
      summary: "What payment terms work with new buyers.",
      body: "## Terms\n\nWe ask for 30 % up front, the rest later.",
      language: "en",
      countries: ["VN"],
      sector: undefined,
      topics: [],
      visibility: "MEMBERS",
      networkId: "network-1",
    });
  });

  it("takes multi-value fields as arrays, drops blank entries and repeats", () => {
    const parsed = articleSchema.parse({ ...article, countries: [" VN ", "TH", "", "VN", "  "], topics: ["customs", "payments", "customs"] });
    expect(parsed.countries).toEqual(["VN", "TH"]);
    expect(parsed.topics).toEqual(["customs", "payments"]);
    expect(articleSchema.parse({ ...article, topics: "customs" }).topics).toEqual(["customs"]);
  });

  it("treats the same country in another case as a repeat", () => {
    expect(articleSchema.parse({ ...article, countries: ["VN", "vn", "Vn"] }).countries).toEqual(["VN"]);
  });

  it("reads a blank sector as none and accepts an SNI section", () => {
    expect(articleSchema.parse({ ...article, sector: "" }).sector).toBeUndefined();
    expect(articleSchema.parse({ ...article, sector: null }).sector).toBeUndefined();
    expect(articleSchema.parse({ ...article, sector: "C" }).sector).toBe("C");
  });

  it("normalises CRLF and CR line endings in the Markdown body and keeps its syntax", () => {
    expect(articleSchema.parse({ ...article, body: "\r\n# Title\r\n\r\nline one\rline **two**\r\n" }).body).toBe("# Title\n\nline one\nline **two**");
  });

  it.each([
    ["title", "a script tag", "validation.noMarkup", "<script>alert(1)</script>"],
    ["title", "three letters", "validation.tooShort", "Tip"],
    ["title", "161 characters", "validation.tooLong", "x".repeat(161)],
    ["title", "nothing", "validation.required", undefined],
    ["summary", "nothing", "validation.required", undefined],
    ["summary", "nine letters", "validation.tooShort", "Too short"],
    ["summary", "a tag", "validation.noMarkup", "a <b>bold</b> summary"],
    ["body", "ten letters between spaces", "validation.tooShort", "  short body  "],
    ["body", "40,001 characters", "validation.tooLong", "x".repeat(40_001)],
    ["language", "xx", "validation.unknownLanguage", "xx"],
    ["language", "swe", "validation.unknownLanguage", "swe"],
    ["countries", "none", "validation.chooseCountry", []],
    ["countries", "nothing", "validation.chooseCountry", undefined],
    ["countries", "six", "validation.tooManyKnowledgeCountries", ["VN", "TH", "SE", "DE", "FR", "US"]],
    ["sector", "Z", "validation.chooseSector", "Z"],
    ["topics", "seven", "validation.tooManyTopics", ["customs", "payments", "culture", "taxes", "logistics", "financing", "recruitment"]],
    ["visibility", "SECRET", "validation.invalid", "SECRET"],
    ["networkId", "blank", "validation.required", ""],
  ])("refuses %s: %s, with %s", (field, _label, key, value) => {
    expect(refusal(articleSchema, { ...article, [field]: value })).toEqual({ code: "INVALID", fields: { [field]: [key] } });
  });

  it("names the entry of a list that is not allowed", () => {
    expect(refusal(articleSchema, { ...article, countries: ["VN", "XX"] })).toEqual({ code: "INVALID", fields: { "countries.1": ["validation.unknownCountry"] } });
    expect(refusal(articleSchema, { ...article, topics: ["weather"] })).toEqual({ code: "INVALID", fields: { "topics.0": ["validation.invalid"] } });
  });

  it("accepts a body of exactly the maximum length", () => {
    expect(articleSchema.parse({ ...article, body: "x".repeat(40_000) }).body).toHaveLength(40_000);
  });
});

describe("storySchema", () => {
  const story = { ...article, storyMarket: "th", storyWorked: "  A local agent.\r\n", storyDidNotWork: "   ", storyContacts: "" };

  it("puts the market first among the countries, and needs no story field", () => {
    const parsed = storySchema.parse(story);
    expect(parsed).toMatchObject({ storyMarket: "TH", countries: ["TH", "VN"], storyWorked: "A local agent.", storyDidNotWork: undefined, storyContacts: undefined });
    expect(storySchema.parse({ ...story, countries: ["VN", "TH"] }).countries).toEqual(["VN", "TH"]);
  });

  it("keeps at most five countries when the market is added", () => {
    expect(storySchema.parse({ ...story, countries: ["VN", "SE", "DE", "FR", "US"] }).countries).toEqual(["TH", "VN", "SE", "DE", "FR"]);
  });

  it("refuses a story without a market, or with a story field too long", () => {
    expect(refusal(storySchema, { ...story, storyMarket: undefined })).toEqual({ code: "INVALID", fields: { storyMarket: ["validation.unknownCountry"] } });
    expect(refusal(storySchema, { ...story, storyMarket: "XX" })).toEqual({ code: "INVALID", fields: { storyMarket: ["validation.unknownCountry"] } });
    expect(refusal(storySchema, { ...story, storyContacts: "x".repeat(4_001) })).toEqual({ code: "INVALID", fields: { storyContacts: ["validation.tooLong"] } });
  });
});

describe("questionSchema", () => {
  it("needs no summary and a body of ten characters", () => {
    const question = { ...article, summary: undefined };
    expect(questionSchema.parse({ ...question, body: "Which terms?" }).body).toBe("Which terms?");
    expect(refusal(questionSchema, { ...question, body: "Terms?" })).toEqual({ code: "INVALID", fields: { body: ["validation.tooShort"] } });
  });
});

describe("small inputs", () => {
  it("save intent: draft by default, publish, nothing else", () => {
    expect(saveIntentSchema.parse(undefined)).toBe("draft");
    expect(saveIntentSchema.parse("publish")).toBe("publish");
    expect(refusal(saveIntentSchema, "shout")).toEqual({ code: "INVALID", fields: { form: ["validation.invalid"] } });
  });

  it("vote: +1, -1 or 0, from numbers or form strings", () => {
    expect([1, -1, 0, "1", "-1", "0"].map((value) => voteSchema.parse({ answerId: "a", value }).value)).toEqual([1, -1, 0, 1, -1, 0]);
    for (const value of [2, -2, 0.5, "abc", "up"]) expect(refusal(voteSchema, { answerId: "a", value })).toEqual({ code: "INVALID", fields: { value: ["validation.invalid"] } });
  });

  it("answer: an empty or blank body is refused, line endings normalised", () => {
    expect(answerSchema.parse({ questionId: "q", body: " Yes\r\nno " }).body).toBe("Yes\nno");
    for (const body of ["", "   ", "x"]) expect(refusal(answerSchema, { questionId: "q", body })).toEqual({ code: "INVALID", fields: { body: ["validation.tooShort"] } });
    expect(refusal(answerSchema, { questionId: "q" })).toEqual({ code: "INVALID", fields: { body: ["validation.required"] } });
    expect(refusal(answerSchema, { questionId: "q", body: "x".repeat(10_001) })).toEqual({ code: "INVALID", fields: { body: ["validation.tooLong"] } });
  });

  it("moderation note: optional, trimmed, no markup, at most 500 characters", () => {
    expect(moderationSchema.parse({ itemId: "i", note: "  " })).toEqual({ itemId: "i", note: undefined });
    expect(moderationSchema.parse({ itemId: "i", note: " Off topic. " })).toEqual({ itemId: "i", note: "Off topic." });
    expect(refusal(moderationSchema, { itemId: "i", note: "<i>no</i>" })).toEqual({ code: "INVALID", fields: { note: ["validation.noMarkup"] } });
    expect(refusal(moderationSchema, { itemId: "i", note: "x".repeat(501) })).toEqual({ code: "INVALID", fields: { note: ["validation.tooLong"] } });
  });
});

describe("knowledgeQuerySchema", () => {
  const none = { q: undefined, country: undefined, topic: undefined, type: undefined, language: undefined, page: 1 };

  it("accepts every parameter, normalising case and trimming", () => {
    expect(knowledgeQuerySchema.parse({ q: "  tull Vietnam ", country: "vn", topic: "customs", type: "story", language: "SV", page: "3" })).toEqual({
      q: "tull Vietnam",
      country: "VN",
      topic: "customs",
      type: "story",
      language: "sv",
      page: 3,
    });
  });

  it("treats absent and blank parameters as none, and takes numbers from code", () => {
    expect(knowledgeQuerySchema.parse({})).toEqual(none);
    expect(knowledgeQuerySchema.parse({ q: " ", country: "", topic: "", type: "", language: "", page: "" })).toEqual(none);
    expect(knowledgeQuerySchema.parse({ page: 2 }).page).toBe(2);
  });

  it.each([
    ["country", "XX", "validation.unknownCountry"],
    ["country", "VNM", "validation.unknownCountry"],
    ["topic", "weather", "validation.topic"],
    ["topic", "Customs", "validation.topic"],
    ["type", "post", "validation.knowledgeType"],
    ["language", "xx", "validation.unknownLanguage"],
    ["page", "0", "validation.page"],
    ["page", "-1", "validation.page"],
    ["page", "1.5", "validation.page"],
    ["page", "501", "validation.page"],
    ["page", "abc", "validation.page"],
  ])("refuses %s=%j with %s", (field, value, key) => {
    expect(refusal(knowledgeQuerySchema, { [field]: value })).toEqual({ code: "INVALID", fields: { [field]: [key] } });
  });

  it("accepts the last page and a query of the maximum length, not a longer one", () => {
    expect(knowledgeQuerySchema.parse({ page: "500", q: "x".repeat(200) })).toMatchObject({ page: 500, q: "x".repeat(200) });
    expect(refusal(knowledgeQuerySchema, { q: "x".repeat(201) })).toEqual({ code: "INVALID", fields: { q: ["validation.tooLong"] } });
  });

  it("refuses unknown parameters by name, together with malformed ones", () => {
    expect(refusal(knowledgeQuerySchema, { sort: "new", Country: "VN", page: "0" })).toEqual({
      code: "INVALID",
      fields: { sort: ["validation.unknownParameter"], Country: ["validation.unknownParameter"], page: ["validation.page"] },
    });
  });

  it("refuses a repeated parameter", () => {
    expect(refusal(knowledgeQuerySchema, searchParamsToInput(new URLSearchParams("country=VN&country=TH&q=tull")))).toEqual({
      code: "INVALID",
      fields: { country: ["validation.singleValue"] },
    });
  });
});

describe("knowledgeHref", () => {
  it("keeps only what is set, lower-cases the country and drops page 1", () => {
    expect(knowledgeHref({ q: "tull & moms", country: "VN", topic: "customs", type: "story", language: "sv", page: 1 })).toBe(
      "/knowledge?q=tull+%26+moms&country=vn&topic=customs&type=story&language=sv",
    );
    expect(knowledgeHref({})).toBe("/knowledge");
    expect(knowledgeHref({ q: "", page: 1 })).toBe("/knowledge");
  });

  it("applies changes over the current query", () => {
    expect(knowledgeHref({ country: "VN", page: 4 }, { page: 5 })).toBe("/knowledge?country=vn&page=5");
    expect(knowledgeHref({ country: "VN", page: 4 }, { country: undefined, page: undefined })).toBe("/knowledge");
    expect(knowledgeHref({ q: "agent" }, { topic: "partners-and-agents" })).toBe("/knowledge?q=agent&topic=partners-and-agents");
  });

  it("round-trips through the schema", () => {
    for (const input of [{ q: "Vietnam tull", country: "se", type: "question", page: "2" }, { topic: "trade-fairs", language: "en" }, {}]) {
      const query = knowledgeQuerySchema.parse(input);
      const href = knowledgeHref(query);
      expect(knowledgeQuerySchema.parse(searchParamsToInput(new URL(href, "http://x.test").searchParams))).toEqual(query);
    }
  });
});
