import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { notify } from "@/lib/notifications/service";
import type { Prisma } from "@/generated/prisma/client";
import { requireActor } from "./actor";
import { canAnswer, canModerate, canRead, canVote, type KnowledgeActor } from "./rules";
import { answerRefSchema, answerSchema, voteSchema } from "./schema";

async function readableQuestion(db: Prisma.TransactionClient, actor: KnowledgeActor, questionId: string) {
  const question = await db.knowledgeItem.findUnique({ where: { id: questionId } });
  if (!question || question.kind !== "QUESTION" || !canRead(actor, question)) throw new AppError("NOT_FOUND", "knowledgeNotFound");
  return question;
}

/** An answer and its question, which the actor must be able to read. */
async function answerAndQuestion(db: Prisma.TransactionClient, actor: KnowledgeActor, answerId: string) {
  const answer = await db.knowledgeAnswer.findUnique({ where: { id: answerId }, select: { questionId: true, authorId: true } });
  if (!answer) throw new AppError("NOT_FOUND", "knowledgeNotFound");
  return { answer, question: await readableQuestion(db, actor, answer.questionId) };
}

/** A member answers a question they can read; the asker is told of each answer but their own. */
export async function postAnswer({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { questionId, body } = parseInput(answerSchema, input);
  return getPrisma().$transaction(async (tx) => {
    const question = await readableQuestion(tx, actor, questionId);
    if (!canAnswer(actor, question)) throw new AppError("FORBIDDEN", "knowledgeMembersOnly");
    const answer = await tx.knowledgeAnswer.create({ data: { questionId, authorId: actor.id, body }, select: { id: true, author: { select: { name: true } } } });
    if (question.authorId !== actor.id) await notify(tx, question.authorId, "knowledge.answered", { itemId: questionId, title: question.title, answererName: answer.author.name });
    return answer.id;
  });
}

/** +1, -1, or 0 to take one's vote back; the answer's score changes in the same transaction. */
export async function voteOnAnswer({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { answerId, value } = parseInput(voteSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { answer, question } = await answerAndQuestion(tx, actor, answerId);
    if (!canVote(actor, question, answer.authorId)) throw new AppError("FORBIDDEN", answer.authorId === actor.id ? "knowledgeOwnAnswer" : "knowledgeMembersOnly");
    // Votes on one answer are counted one at a time, so the score always equals their sum.
    await tx.$queryRaw`SELECT 1 FROM "KnowledgeAnswer" WHERE "id" = ${answerId} FOR UPDATE`;
    const previous = await tx.answerVote.findUnique({ where: { answerId_userId: { answerId, userId: actor.id } }, select: { value: true } });
    const change = value - (previous?.value ?? 0);
    if (value === 0) await tx.answerVote.deleteMany({ where: { answerId, userId: actor.id } });
    else await tx.answerVote.upsert({ where: { answerId_userId: { answerId, userId: actor.id } }, create: { answerId, userId: actor.id, value }, update: { value } });
    if (change !== 0) await tx.knowledgeAnswer.update({ where: { id: answerId }, data: { score: { increment: change } } });
  });
}

/** The asker marks one answer as the accepted one (or, passing the accepted one again, none). */
export async function acceptAnswer({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { answerId } = parseInput(answerRefSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { answer, question } = await answerAndQuestion(tx, actor, answerId);
    if (question.authorId !== actor.id) throw new AppError("FORBIDDEN", "knowledgeNotAsker");
    const accepting = question.acceptedAnswerId !== answerId;
    await tx.knowledgeItem.update({ where: { id: question.id }, data: { acceptedAnswerId: accepting ? answerId : null } });
    if (accepting && answer.authorId !== actor.id) await notify(tx, answer.authorId, "knowledge.answer_accepted", { itemId: question.id, title: question.title });
  });
}

/** Its author, or a moderator of the question's network, deletes an answer. */
export async function deleteAnswer({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { answerId } = parseInput(answerRefSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const { answer, question } = await answerAndQuestion(tx, actor, answerId);
    if (answer.authorId !== actor.id && !canModerate(actor, question)) throw new AppError("FORBIDDEN", "knowledgeNotYours");
    if (question.acceptedAnswerId === answerId) await tx.knowledgeItem.update({ where: { id: question.id }, data: { acceptedAnswerId: null } });
    await tx.knowledgeAnswer.delete({ where: { id: answerId } });
  });
}
