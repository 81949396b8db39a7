import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories";
import { askQuestion, knowledgeNetwork, publishArticle, uniqueWord } from "@/tests/knowledge-factories";

// The route reads the session through getCurrentUser; here the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("./route");

type Item = {
  id: string;
  type: string;
  title: string;
  snippet: string;
  countries: string[];
  url: string;
  highlights: { title: [number, number][]; snippet: [number, number][] };
  similar: boolean;
};
type Body = { items: Item[]; total: number; page: number; pageCount: number; facets: Record<string, Record<string, number>>; error?: { code: string; message: string; fields?: Record<string, string[]> } };

/** The answer to GET ?query; a thrown error is what Next.js would answer 500 for. */
const get = async (query: string) => {
  let response: Response;
  try {
    response = await GET(new Request(`http://localhost/api/v1/knowledge/search${query}`));
  } catch (error) {
    return { status: 500, type: null, body: { error: { code: "CRASH", message: String(error).split("\n").pop()! } } as Body };
  }
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Body };
};
const q = (text: string) => `?q=${encodeURIComponent(text)}`;
/** Two of uniqueWord() in one, so the similarity fallback never takes another test's word for it. */
const testWord = () => `${uniqueWord()}${uniqueWord().slice(2)}`;
const sorted = (list: string[]) => [...list].sort();

beforeEach(() => {
  session.user = null;
});

/** A public article, and a members-only question whose words are its own. */
async function scenario() {
  const people = await knowledgeNetwork();
  const { network, member } = people;
  const word = testWord();
  const secret = testWord();
  const publicId = await publishArticle(member.id, network.id, {
    title: `Customs in Vietnam ${word}`,
    summary: `How we cleared our first container of machine parts ${word}.`,
    visibility: "PUBLIC",
    countries: ["VN"],
    topics: ["customs"],
  });
  const membersId = await askQuestion(member.id, network.id, { title: `Customs in Japan ${word}?`, body: `Who knows a broker ${secret} in Osaka?`, countries: ["JP"], topics: ["customs"], visibility: "MEMBERS" });
  return { ...people, word, secret, publicId, membersId };
}

describe("GET /api/v1/knowledge/search", () => {
  it("answers a visitor with public items only: { items, total, facets } all alike", async () => {
    const { word, secret, publicId, membersId } = await scenario();
    const response = await get(`${q(word)}&page=1`);
    expect(response.status).toBe(200);
    expect(response.type).toContain("application/json");
    expect(response.body).toMatchObject({
      items: [{ id: publicId, type: "article", title: `Customs in Vietnam ${word}`, countries: ["VN"], url: `/knowledge/${publicId}`, similar: false }],
      total: 1,
      page: 1,
      pageCount: 1,
      facets: { country: { VN: 1 }, topic: { customs: 1 }, type: { article: 1 }, language: { en: 1 } },
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(membersId);
    expect(text).not.toContain(secret);

    for (const query of [q(secret), `${q(word)}&country=JP`, `${q(word)}&type=question`, q(`${word} ${secret}`)]) {
      const hidden = await get(query);
      expect(hidden.status, query).toBe(200);
      expect(JSON.stringify(hidden.body), query).not.toContain(membersId);
      expect(hidden.body.facets.country?.JP, query).toBeUndefined();
    }
    expect((await get(q(secret))).body).toEqual({ items: [], total: 0, page: 1, pageCount: 1, facets: { country: {}, topic: {}, type: {}, language: {} } });
  });

  it("treats a signed-in person outside every network as a visitor", async () => {
    const { word, publicId } = await scenario();
    session.user = await createUser();
    const response = await get(q(word));
    expect(response.status).toBe(200);
    expect(response.body.items.map((item) => item.id)).toEqual([publicId]);
    expect(response.body.total).toBe(1);
  });

  it("answers a member with members-only items too, counted in total and facets", async () => {
    const { word, secret, publicId, membersId, reader } = await scenario();
    session.user = reader;
    const response = await get(q(word));
    expect(response.status).toBe(200);
    expect(sorted(response.body.items.map((item) => item.id))).toEqual(sorted([publicId, membersId]));
    expect(response.body).toMatchObject({ total: 2, facets: { country: { VN: 1, JP: 1 }, topic: { customs: 2 }, type: { article: 1, question: 1 }, language: { en: 2 } } });
    const found = await get(`${q(secret)}&type=question&country=jp`);
    expect(found.body).toMatchObject({ total: 1, items: [{ id: membersId, type: "question", countries: ["JP"], url: `/knowledge/${membersId}` }] });
    expect(found.body.items[0]!.snippet).toContain(secret);
  });

  it("returns items of the documented shape, with highlight offsets inside their texts", async () => {
    const { word, reader, network, member } = await scenario();
    await publishArticle(member.id, network.id, { title: `Pallets for Vietnam ${word}`, body: `Our forwarder in Haiphong ${word} consolidates pallets for Vietnam every week.`, visibility: "PUBLIC" });
    session.user = reader;
    for (const query of [q(`vietnam ${word}`), q(`vietnma ${word}`), `${q(word)}&topic=customs`]) {
      const response = await get(query);
      expect(response.status, query).toBe(200);
      expect(response.body.items.length, query).toBeGreaterThan(0);
      for (const item of response.body.items) {
        expect(Object.keys(item).sort()).toEqual(["countries", "highlights", "id", "language", "publishedAt", "similar", "snippet", "title", "topics", "type", "url"]);
        expect(["article", "question", "story"]).toContain(item.type);
        expect(item.url).toBe(`/knowledge/${item.id}`);
        expect(item.countries.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
        for (const field of ["title", "snippet"] as const) {
          let previousEnd = 0;
          for (const [start, end] of item.highlights[field]) {
            expect(start, `${query} ${field}`).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(item[field].length);
            previousEnd = end;
          }
        }
      }
    }
    // Highlights point at the words that matched.
    const exact = (await get(q(`vietnam ${word}`))).body.items;
    for (const item of exact.filter((entry) => !entry.similar)) {
      const words = item.highlights.title.map(([start, end]) => item.title.slice(start, end).toLowerCase());
      expect(words).toEqual(["vietnam", word]);
    }
    const similar = (await get(q(`vietnma ${word}`))).body.items.filter((entry) => entry.similar);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar[0]!.highlights.title.map(([start, end]) => similar[0]!.title.slice(start, end))).toContain("Vietnam");
  });

  it("answers hostile queries with a list, never an error", async () => {
    const { word, publicId } = await scenario();
    for (const text of [`"${word}`, `${word} -`, `${word} or`, `!${word}`, `<-> ${word}`, `${word}:*`, `${word} 🚢📦`, `'; DROP TABLE "KnowledgeItem"; --`, "🚢📦", "the and of", '"', "-", "or", "&", "|", "x".repeat(200)]) {
      const response = await get(q(text));
      expect(response.status, text).toBe(200);
      expect(Array.isArray(response.body.items), text).toBe(true);
      if (text.includes(word)) expect(response.body.items.map((item) => item.id), text).toContain(publicId);
    }
    await expect(getPrisma().knowledgeItem.count()).resolves.toBeGreaterThan(0);
  });

  it("answers a 10,000-character query with 400, not 500", async () => {
    const response = await get(q("x".repeat(10_000)));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "INVALID", message: "These query parameters are not valid: q.", fields: { q: ["This is too long."] } } });
    const spaced = await get(q(`${"- ".repeat(2_500)}${"🚢".repeat(2_500)}`));
    expect(spaced.status).toBe(400);
  });

  // Input PostgreSQL itself refuses: a NUL character, and more than 32 "-" in a row.
  it.each([
    ["a NUL character", "?q=%00"],
    ["a NUL character after a word", "?q=customs%00"],
    ["33 exclusion signs", q("-".repeat(33))],
    ["a run of exclusion signs after a word", q(`customs ${"- ".repeat(40)}`)],
  ])("answers %s with 200 or 400, not 500", async (_label, query) => {
    const response = await get(query);
    expect([200, 400], JSON.stringify(response.body.error ?? null)).toContain(response.status);
  });

  it.each([
    ["?type=articles", { type: ["Use article, story or question."] }],
    ["?type=ARTICLE%20", { type: ["Use article, story or question."] }],
    ["?country=XX", { country: ["Choose a country from the list."] }],
    ["?country=Vietnam", { country: ["Choose a country from the list."] }],
    ["?topic=smuggling", { topic: ["Unknown topic."] }],
    ["?language=xx", { language: ["Choose a language from the list."] }],
    ["?page=0", { page: ["Use a page number from 1 to 500."] }],
    ["?page=501", { page: ["Use a page number from 1 to 500."] }],
    ["?page=two", { page: ["Use a page number from 1 to 500."] }],
    ["?page=-1", { page: ["Use a page number from 1 to 500."] }],
    ["?q=a&q=b", { q: ["Give this parameter only once."] }],
    ["?country=VN&country=SE", { country: ["Give this parameter only once."] }],
    ["?type=article&type=story", { type: ["Give this parameter only once."] }],
    ["?sort=newest", { sort: ["This parameter is not supported."] }],
    ["?visibility=MEMBERS", { visibility: ["This parameter is not supported."] }],
    ["?actorId=someone-else", { actorId: ["This parameter is not supported."] }],
    ["?contry=VN&page=0", { page: ["Use a page number from 1 to 500."], contry: ["This parameter is not supported."] }],
  ])("answers %s with 400 and an English message per field", async (query, fields) => {
    session.user = (await knowledgeNetwork()).member;
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.type).toContain("application/json");
    expect(response.body).toEqual({ error: { code: "INVALID", message: `These query parameters are not valid: ${Object.keys(fields).join(", ")}.`, fields } });
  });

  it("accepts empty parameters as absent, and codes in any case", async () => {
    const { word, publicId } = await scenario();
    const response = await get(`${q(word)}&country=vn&type=&topic=&language=EN&page=`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 1, page: 1, items: [{ id: publicId }] });
  });
});
