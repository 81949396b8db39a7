// Answering questions, accepting an answer and deleting answers.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createOrganiserElsewhere, createUser, notificationsOf } from "@/tests/factories";
import { askQuestion, knowledgeNetwork, publishArticle } from "@/tests/knowledge-factories";
import { acceptAnswer, deleteAnswer, postAnswer, voteOnAnswer } from "./answers";
import { moderateUnpublish } from "./items";
import { getKnowledgeItem } from "./queries";

const QUESTION_TITLE = "Which payment terms are normal in Vietnam?";

/** A question by a member; `reader` (of another network) and the organiser answer it. */
async function cast(overrides: Record<string, unknown> = {}) {
  const people = await knowledgeNetwork();
  const [organiserElsewhere, admin] = await Promise.all([createOrganiserElsewhere(), createUser({ name: "Admin", isAdmin: true })]);
  const questionId = await askQuestion(people.member.id, people.network.id, overrides);
  const asker = people.member;
  const everyone = [asker.id, people.organiser.id, people.facilitator.id, people.outsider.id, people.reader.id, organiserElsewhere.id, admin.id];
  return { ...people, asker, organiserElsewhere, admin, questionId, everyone };
}

const answer = (actorId: string, questionId: string, body: unknown = "We use 30 % prepayment and a letter of credit.") => postAnswer({ actorId, questionId, body });
const question = (id: string) =>
  getPrisma().knowledgeItem.findUniqueOrThrow({ where: { id }, select: { status: true, acceptedAnswerId: true, answerCount: true, answersText: true } });

/** The question, its answers and votes, and everyone's notifications: a refusal changes none of them. */
async function state(questionId: string, userIds: string[]) {
  const db = getPrisma();
  const [item, answers, votes, notifications] = await Promise.all([
    db.knowledgeItem.findUniqueOrThrow({ where: { id: questionId } }),
    db.knowledgeAnswer.findMany({ where: { questionId }, orderBy: { id: "asc" } }),
    db.answerVote.findMany({ where: { answer: { questionId } }, orderBy: [{ answerId: "asc" }, { userId: "asc" }] }),
    db.notification.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { item, answers, votes, notifications };
}

async function expectRefused(questionId: string, userIds: string[], call: () => Promise<unknown>, refusal: Record<string, unknown>) {
  const before = await state(questionId, userIds);
  await expect(call()).rejects.toMatchObject({ name: "AppError", ...refusal });
  expect(await state(questionId, userIds)).toEqual(before);
}

const notFound = { code: "NOT_FOUND", messageKey: "knowledgeNotFound" };

describe("postAnswer", () => {
  it("stores the answer and tells the asker, with the answerer's name", async () => {
    const { questionId, asker, reader } = await cast();
    const id = await answer(reader.id, questionId, "  Ask for **30 %** up front.\r\nThe rest against documents.  ");
    expect(await getPrisma().knowledgeAnswer.findUniqueOrThrow({ where: { id } })).toMatchObject({
      questionId,
      authorId: reader.id,
      body: "Ask for **30 %** up front.\nThe rest against documents.",
      score: 0,
    });
    expect(await notificationsOf(asker.id)).toEqual([
      expect.objectContaining({ kind: "knowledge.answered", data: { itemId: questionId, title: QUESTION_TITLE, answererName: "Reader elsewhere" }, readAt: null }),
    ]);
    expect(await notificationsOf(reader.id)).toEqual([]);
    const page = await getKnowledgeItem({ actorId: asker.id, itemId: questionId });
    expect(page.answers).toEqual([expect.objectContaining({ id, accepted: false, myVote: 0, canVote: true, canDelete: false })]);
  });

  it("tells the asker of each answer but not of their own", async () => {
    const { questionId, asker, reader, organiser } = await cast();
    await answer(asker.id, questionId, "Update from me: we agreed on 50 % up front.");
    expect(await notificationsOf(asker.id)).toEqual([]);
    await answer(reader.id, questionId);
    await answer(organiser.id, questionId);
    expect((await notificationsOf(asker.id)).map((notification) => [notification.kind, (notification.data as { answererName: string }).answererName])).toEqual([
      ["knowledge.answered", "Reader elsewhere"],
      ["knowledge.answered", "Organiser"],
    ]);
  });

  it("keeps the question's answer count and answer text in step as answers come and go", async () => {
    const { questionId, reader, organiser } = await cast();
    expect(await question(questionId)).toMatchObject({ answerCount: 0, answersText: "" });
    const first = await answer(reader.id, questionId, "First answer: use a letter of credit.");
    expect(await question(questionId)).toMatchObject({ answerCount: 1, answersText: "First answer: use a letter of credit." });
    const second = await answer(organiser.id, questionId, "Second answer: ask Business Sweden in Hanoi.");
    const both = await question(questionId);
    expect(both.answerCount).toBe(2);
    expect(both.answersText.split("\n").sort()).toEqual(["First answer: use a letter of credit.", "Second answer: ask Business Sweden in Hanoi."]);

    await deleteAnswer({ actorId: reader.id, answerId: first });
    expect(await question(questionId)).toMatchObject({ answerCount: 1, answersText: "Second answer: ask Business Sweden in Hanoi." });
    await deleteAnswer({ actorId: organiser.id, answerId: second });
    expect(await question(questionId)).toMatchObject({ answerCount: 0, answersText: "" });
  });

  it("refuses an empty, missing or too long body, changing nothing", async () => {
    const { questionId, reader, everyone } = await cast();
    for (const body of ["", "   ", "x"]) await expectRefused(questionId, everyone, () => answer(reader.id, questionId, body), { code: "INVALID", fieldErrors: { body: ["validation.tooShort"] } });
    await expectRefused(questionId, everyone, () => postAnswer({ actorId: reader.id, questionId }), { code: "INVALID", fieldErrors: { body: ["validation.required"] } });
    await expectRefused(questionId, everyone, () => answer(reader.id, questionId, "x".repeat(10_001)), { code: "INVALID", fieldErrors: { body: ["validation.tooLong"] } });
  });

  it("refuses visitors and people in no network, even on a public question", async () => {
    const { questionId, outsider, admin, everyone } = await cast({ visibility: "PUBLIC" });
    await expectRefused(questionId, everyone, () => answer("", questionId), { code: "UNAUTHENTICATED" });
    for (const actorId of [outsider.id, admin.id]) await expectRefused(questionId, everyone, () => answer(actorId, questionId), { code: "FORBIDDEN", messageKey: "knowledgeMembersOnly" });
    const membersOnly = await cast({ visibility: "MEMBERS" });
    await expectRefused(membersOnly.questionId, membersOnly.everyone, () => answer(membersOnly.outsider.id, membersOnly.questionId), notFound);
  });

  it("answers a draft, taken-down or unknown question, or an article, with not found", async () => {
    const { questionId, network, asker, reader, organiser, everyone } = await cast();
    await getPrisma().knowledgeItem.update({ where: { id: questionId }, data: { status: "DRAFT" } });
    await expectRefused(questionId, everyone, () => answer(reader.id, questionId), notFound);
    await getPrisma().knowledgeItem.update({ where: { id: questionId }, data: { status: "PUBLISHED" } });
    await moderateUnpublish({ actorId: organiser.id, itemId: questionId });
    await expectRefused(questionId, everyone, () => answer(reader.id, questionId), notFound);
    // Its moderator still reads it, but nobody answers a taken-down question.
    await expectRefused(questionId, everyone, () => answer(organiser.id, questionId), { code: "FORBIDDEN", messageKey: "knowledgeMembersOnly" });
    await expectRefused(questionId, everyone, () => answer(reader.id, "no-such-question"), notFound);
    const article = await publishArticle(asker.id, network.id);
    await expectRefused(questionId, everyone, () => answer(reader.id, article), notFound);
  });
});

describe("acceptAnswer", () => {
  it("lets the asker accept one answer, move the mark, and clear it; each newly accepted author is told", async () => {
    const { questionId, asker, reader, organiser } = await cast();
    const first = await answer(reader.id, questionId);
    const second = await answer(organiser.id, questionId, "Open account works once you know the buyer.");
    const accepted = { kind: "knowledge.answer_accepted", data: { itemId: questionId, title: QUESTION_TITLE } };

    await acceptAnswer({ actorId: asker.id, answerId: first });
    expect(await question(questionId)).toMatchObject({ acceptedAnswerId: first });
    expect(await notificationsOf(reader.id)).toEqual([expect.objectContaining(accepted)]);

    await acceptAnswer({ actorId: asker.id, answerId: second });
    expect(await question(questionId)).toMatchObject({ acceptedAnswerId: second });
    expect(await notificationsOf(organiser.id)).toEqual([expect.objectContaining(accepted)]);

    await acceptAnswer({ actorId: asker.id, answerId: second });
    expect(await question(questionId)).toMatchObject({ acceptedAnswerId: null });
    expect(await notificationsOf(organiser.id)).toHaveLength(1);
    expect(await notificationsOf(reader.id)).toHaveLength(1);
  });

  it("lists the accepted answer first, whatever its score", async () => {
    const { questionId, asker, reader, organiser, facilitator } = await cast();
    const low = await answer(reader.id, questionId);
    const high = await answer(organiser.id, questionId, "A better answer, by votes.");
    await voteOnAnswer({ actorId: facilitator.id, answerId: high, value: 1 });
    expect((await getKnowledgeItem({ actorId: asker.id, itemId: questionId })).answers.map((each) => each.id)).toEqual([high, low]);
    await acceptAnswer({ actorId: asker.id, answerId: low });
    const { answers } = await getKnowledgeItem({ actorId: asker.id, itemId: questionId });
    expect(answers.map((each) => [each.id, each.accepted])).toEqual([
      [low, true],
      [high, false],
    ]);
  });

  it("tells nobody when the asker accepts their own answer", async () => {
    const { questionId, asker } = await cast();
    const own = await answer(asker.id, questionId, "We solved it ourselves with an agent.");
    await acceptAnswer({ actorId: asker.id, answerId: own });
    expect(await question(questionId)).toMatchObject({ acceptedAnswerId: own });
    expect(await notificationsOf(asker.id)).toEqual([]);
  });

  it("refuses anyone but the asker, changing nothing", async () => {
    const { questionId, reader, organiser, organiserElsewhere, admin, outsider, everyone } = await cast();
    const answerId = await answer(reader.id, questionId);
    for (const actorId of [reader.id, organiser.id, organiserElsewhere.id, admin.id]) {
      await expectRefused(questionId, everyone, () => acceptAnswer({ actorId, answerId }), { code: "FORBIDDEN", messageKey: "knowledgeNotAsker" });
    }
    await expectRefused(questionId, everyone, () => acceptAnswer({ actorId: outsider.id, answerId }), notFound);
    await expectRefused(questionId, everyone, () => acceptAnswer({ actorId: reader.id, answerId: "no-such-answer" }), notFound);
    await expectRefused(questionId, everyone, () => acceptAnswer({ actorId: reader.id, answerId: "" }), { code: "INVALID" });
  });
});

describe("deleteAnswer", () => {
  it("clears the accepted mark when the accepted answer is deleted, with its votes", async () => {
    const { questionId, asker, reader, facilitator } = await cast();
    const answerId = await answer(reader.id, questionId);
    await voteOnAnswer({ actorId: facilitator.id, answerId, value: 1 });
    await acceptAnswer({ actorId: asker.id, answerId });
    await deleteAnswer({ actorId: reader.id, answerId });
    expect(await question(questionId)).toMatchObject({ acceptedAnswerId: null, answerCount: 0, answersText: "" });
    expect(await getPrisma().answerVote.count({ where: { answerId } })).toBe(0);
  });

  it("lets the answer's author, a moderator of the question's network or an admin delete it", async () => {
    const { questionId, reader, organiser, admin } = await cast();
    const ids = await Promise.all([answer(reader.id, questionId), answer(reader.id, questionId), answer(reader.id, questionId)]);
    const actors = [reader.id, organiser.id, admin.id];
    for (const [index, answerId] of ids.entries()) await deleteAnswer({ actorId: actors[index]!, answerId });
    expect(await getPrisma().knowledgeAnswer.count({ where: { questionId } })).toBe(0);
  });

  it("refuses the asker, other members and organisers of other networks, changing nothing", async () => {
    const { questionId, asker, reader, facilitator, organiserElsewhere, outsider, everyone } = await cast();
    const answerId = await answer(facilitator.id, questionId);
    for (const actorId of [asker.id, reader.id, organiserElsewhere.id]) {
      await expectRefused(questionId, everyone, () => deleteAnswer({ actorId, answerId }), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    }
    await expectRefused(questionId, everyone, () => deleteAnswer({ actorId: outsider.id, answerId }), notFound);
    await expectRefused(questionId, everyone, () => deleteAnswer({ actorId: reader.id, answerId: "no-such-answer" }), notFound);
  });
});
