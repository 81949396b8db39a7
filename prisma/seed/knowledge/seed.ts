import type { Prisma } from "@/generated/prisma/client";
import { columnsOf, type Kind } from "@/lib/knowledge/columns";
import { Random } from "../random";
import { addDays, at } from "../types";
import { articlesA1 } from "./articles-a1";
import { articlesA2 } from "./articles-a2";
import { articlesA3 } from "./articles-a3";
import { articlesB1 } from "./articles-b1";
import { articlesB2 } from "./articles-b2";
import { articlesB3 } from "./articles-b3";
import { questions1 } from "./questions-1";
import { questions2 } from "./questions-2";
import { stories } from "./stories";
import type { SeedArticle, SeedQuestion, SeedStory } from "./types";

// The knowledge bank's demo content, written by demo members who know the countries it is
// about. Ids are derived from each entry's key, so a second run adds nothing.

type Tx = Prisma.TransactionClient;
type Entry = { kind: Kind; seed: SeedArticle | SeedStory | SeedQuestion };

export const knowledgeEntries = (): Entry[] => [
  ...[...articlesA1, ...articlesA2, ...articlesA3, ...articlesB1, ...articlesB2, ...articlesB3].map((seed) => ({ kind: "ARTICLE" as const, seed })),
  ...stories.map((seed) => ({ kind: "STORY" as const, seed })),
  ...[...questions1, ...questions2].map((seed) => ({ kind: "QUESTION" as const, seed })),
];

export const knowledgeItemId = (key: string) => `demo-kb-${key}`;
const FIRST_DAY = at("2025-03-01");
const SPAN_DAYS = 600;

interface Candidate {
  userId: string;
  networkSlug: string;
  countries: Set<string>;
}

/** Network members (not facilitators) with the countries they know. */
async function loadCandidates(tx: Tx): Promise<Candidate[]> {
  const rows = await tx.membership.findMany({
    where: { role: { in: ["MEMBER", "ORGANISER"] } },
    orderBy: [{ userId: "asc" }],
    select: { userId: true, network: { select: { slug: true } }, user: { select: { countryKnowledge: { select: { country: true } } } } },
  });
  return rows.map((row) => ({ userId: row.userId, networkSlug: row.network.slug, countries: new Set(row.user.countryKnowledge.map((entry) => entry.country.trim())) }));
}

/** Someone in the entry's network who knows one of its countries (anyone in the network otherwise). */
function pick(random: Random, candidates: Candidate[], networkSlug: string | null, countries: string[], exclude: Set<string>) {
  const pool = candidates.filter((candidate) => (!networkSlug || candidate.networkSlug === networkSlug) && !exclude.has(candidate.userId));
  const knowing = pool.filter((candidate) => countries.some((country) => candidate.countries.has(country)));
  const from = knowing.length > 0 ? knowing : pool;
  return from[random.int(0, from.length - 1)]!;
}

export async function seedKnowledgeBank(tx: Tx) {
  const existing = await tx.knowledgeItem.count({ where: { id: { startsWith: "demo-kb-" } } });
  if (existing > 0) return;
  const networks = new Map((await tx.network.findMany({ select: { slug: true, id: true } })).map((network) => [network.slug, network.id]));
  const candidates = await loadCandidates(tx);
  if (candidates.length === 0) return;
  const random = new Random(4_2024);
  const entries = knowledgeEntries();

  for (const [index, { kind, seed }] of entries.entries()) {
    const networkId = networks.get(seed.network);
    if (!networkId) continue;
    const author = pick(random, candidates, seed.network, seed.countries, new Set());
    const publishedAt = addDays(FIRST_DAY, Math.round((index / entries.length) * SPAN_DAYS) + random.int(0, 9));
    const columns = columnsOf(kind, { ...seed, networkId, ...("story" in seed ? { storyMarket: seed.story.market, storyWorked: seed.story.whatWorked, storyDidNotWork: seed.story.whatDidNotWork, storyContacts: seed.story.helpfulContacts } : {}) });
    const id = knowledgeItemId(seed.key);
    await tx.knowledgeItem.create({
      data: { id, kind, authorId: author.userId, ...columns, status: "PUBLISHED", publishedAt, createdAt: publishedAt, revision: kind === "QUESTION" ? 0 : 1 },
    });
    if (kind !== "QUESTION") {
      await tx.knowledgeRevision.create({
        data: { itemId: id, number: 1, editorId: author.userId, createdAt: publishedAt, title: columns.title, summary: columns.summary, body: columns.body, storyWorked: columns.storyWorked, storyDidNotWork: columns.storyDidNotWork, storyContacts: columns.storyContacts },
      });
      continue;
    }
    await seedAnswers(tx, random, candidates, { id, authorId: author.userId, publishedAt, seed: seed as SeedQuestion });
  }
}

async function seedAnswers(tx: Tx, random: Random, candidates: Candidate[], question: { id: string; authorId: string; publishedAt: Date; seed: SeedQuestion }) {
  const answered = new Set([question.authorId]);
  let acceptedId: string | null = null;
  for (const [index, answer] of question.seed.answers.entries()) {
    const author = pick(random, candidates, null, question.seed.countries, answered);
    answered.add(author.userId);
    const id = `${question.id}-answer-${index + 1}`;
    const createdAt = addDays(question.publishedAt, index + 1);
    // Voters: members who neither asked nor wrote this answer; most helpful answers get more.
    const voters = candidates.filter((candidate) => candidate.userId !== author.userId && candidate.userId !== question.authorId).slice(random.int(0, 40), undefined);
    const votes = [...new Map(voters.slice(0, random.int(0, answer.accepted ? 9 : 4)).map((voter) => [voter.userId, voter])).values()].map((voter) => ({
      answerId: id,
      userId: voter.userId,
      value: random.float() < 0.9 ? 1 : -1,
      createdAt: addDays(createdAt, 1),
    }));
    await tx.knowledgeAnswer.create({ data: { id, questionId: question.id, authorId: author.userId, body: answer.body, createdAt, updatedAt: createdAt, score: votes.reduce((sum, vote) => sum + vote.value, 0) } });
    if (votes.length > 0) await tx.answerVote.createMany({ data: votes, skipDuplicates: true });
    if (answer.accepted) acceptedId = id;
  }
  if (acceptedId) await tx.knowledgeItem.update({ where: { id: question.id }, data: { acceptedAnswerId: acceptedId } });
}
