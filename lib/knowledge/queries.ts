import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { loadKnowledgeActor } from "./actor";
import { canAnswer, canEdit, canModerate, canPublish, canRead, canVote, isMember, type KnowledgeActor } from "./rules";

const author = { select: { id: true, name: true } } as const;

async function readable(actorId: string | null, itemId: string) {
  const actor = await loadKnowledgeActor(actorId);
  const item = await getPrisma().knowledgeItem.findUnique({
    where: { id: itemId },
    include: { author, network: { select: { slug: true, name: true } }, moderatedBy: { select: { name: true } } },
  });
  if (!item || !canRead(actor, item)) throw new AppError("NOT_FOUND", "knowledgeNotFound");
  return { actor, item };
}

/** An item as its page shows it, with its answers (accepted first, then by score) and what the viewer may do. */
export async function getKnowledgeItem({ actorId, itemId }: { actorId: string | null; itemId: string }) {
  const { actor, item } = await readable(actorId, itemId);
  const answers =
    item.kind === "QUESTION"
      ? await getPrisma().knowledgeAnswer.findMany({
          where: { questionId: item.id },
          orderBy: [{ score: "desc" }, { createdAt: "asc" }],
          select: { id: true, body: true, score: true, createdAt: true, author, votes: actor ? { where: { userId: actor.id }, select: { value: true } } : false },
        })
      : [];
  const sorted = [...answers].sort((a, b) => Number(b.id === item.acceptedAnswerId) - Number(a.id === item.acceptedAnswerId));
  return {
    item,
    answers: sorted.map(({ votes, ...answer }) => ({
      ...answer,
      accepted: answer.id === item.acceptedAnswerId,
      myVote: (votes as { value: number }[] | undefined)?.[0]?.value ?? 0,
      canVote: canVote(actor, item, answer.author.id),
      canDelete: Boolean(actor && (answer.author.id === actor.id || canModerate(actor, item))),
    })),
    can: {
      edit: canEdit(actor, item),
      moderate: canModerate(actor, item) && item.status === "PUBLISHED",
      restore: item.status === "UNPUBLISHED" && canPublish(actor, item),
      answer: item.kind === "QUESTION" && canAnswer(actor, item),
      accept: item.kind === "QUESTION" && actor?.id === item.authorId,
    },
  };
}

/** The author's item for the editor; anyone else is refused. */
export async function getKnowledgeItemForEdit({ actorId, itemId }: { actorId: string; itemId: string }) {
  const { actor, item } = await readable(actorId, itemId);
  if (!canEdit(actor, item)) throw new AppError("FORBIDDEN", "knowledgeNotYours");
  return item;
}

export async function listRevisions({ actorId, itemId }: { actorId: string | null; itemId: string }) {
  const { item } = await readable(actorId, itemId);
  const revisions = await getPrisma().knowledgeRevision.findMany({
    where: { itemId },
    orderBy: { number: "desc" },
    select: { number: true, createdAt: true, title: true, summary: true, body: true, storyWorked: true, storyDidNotWork: true, storyContacts: true, editor: { select: { name: true } } },
  });
  return { item, revisions };
}

/** The networks the actor may write in, for the editor's network choice. */
export async function writableNetworks({ actorId }: { actorId: string }) {
  return getPrisma().network.findMany({
    where: { status: { not: "ARCHIVED" }, memberships: { some: { userId: actorId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The actor's own articles, stories and questions in every state, newest change first. */
export async function listMyKnowledge({ actorId }: { actorId: string }) {
  return getPrisma().knowledgeItem.findMany({
    where: { authorId: actorId },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: { id: true, kind: true, title: true, status: true, updatedAt: true, publishedAt: true, moderationNote: true, answerCount: true },
  });
}

const listed = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  countries: true,
  publishedAt: true,
  answerCount: true,
  acceptedAnswerId: true,
  storyMarket: true,
  author,
} as const satisfies Prisma.KnowledgeItemSelect;

const visibleTo = (actor: KnowledgeActor | null): Prisma.KnowledgeItemWhereInput => ({
  status: "PUBLISHED",
  ...(isMember(actor) ? {} : { visibility: "PUBLIC" }),
});

/** For a market page: the newest articles, stories and questions tagged with the country. */
export async function listKnowledgeForCountry({ actorId, country, take = 6 }: { actorId: string | null; country: string; take?: number }) {
  const actor = await loadKnowledgeActor(actorId);
  const where = { ...visibleTo(actor), countries: { has: country } };
  const [articles, stories, questions] = await Promise.all(
    (["ARTICLE", "STORY", "QUESTION"] as const).map((kind) =>
      getPrisma().knowledgeItem.findMany({ where: { ...where, kind }, orderBy: { publishedAt: "desc" }, take, select: listed }),
    ),
  );
  return { articles: articles!, stories: stories!, questions: questions! };
}

/** For a network page: what its members wrote lately (in any network) and answered. */
export async function listNetworkContributions({ actorId, networkId, take = 8 }: { actorId: string | null; networkId: string; take?: number }) {
  const actor = await loadKnowledgeActor(actorId);
  return getPrisma().knowledgeItem.findMany({
    where: { ...visibleTo(actor), author: { memberships: { some: { networkId } } } },
    orderBy: { publishedAt: "desc" },
    take,
    select: listed,
  });
}

export type ListedKnowledgeItem = Awaited<ReturnType<typeof listNetworkContributions>>[number];
