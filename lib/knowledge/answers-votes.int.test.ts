// Voting on answers: the score always equals the sum of the votes, and only members vote.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { askQuestion, knowledgeNetwork } from "@/tests/knowledge-factories";
import { postAnswer, voteOnAnswer } from "./answers";
import { moderateUnpublish } from "./items";
import { getKnowledgeItem } from "./queries";

/** A question by the member, answered by `reader` (a member of another network). */
async function answered(visibility: "MEMBERS" | "PUBLIC" = "MEMBERS") {
  const people = await knowledgeNetwork();
  const admin = await createUser({ name: "Admin", isAdmin: true });
  const questionId = await askQuestion(people.member.id, people.network.id, { visibility });
  const answerId = await postAnswer({ actorId: people.reader.id, questionId, body: "Ask for a letter of credit." });
  return { ...people, admin, questionId, answerId, everyone: [people.member.id, people.organiser.id, people.reader.id, people.outsider.id, admin.id] };
}

const vote = (actorId: string, answerId: string, value: unknown) => voteOnAnswer({ actorId, answerId, value });
const score = async (answerId: string) => (await getPrisma().knowledgeAnswer.findUniqueOrThrow({ where: { id: answerId }, select: { score: true } })).score;
const votes = (answerId: string) => getPrisma().answerVote.findMany({ where: { answerId }, orderBy: { userId: "asc" }, select: { userId: true, value: true } });

/** The answer, its votes and everyone's notifications: a refusal changes none of them. */
async function state(answerId: string, userIds: string[]) {
  const db = getPrisma();
  const [answer, answerVotes, notifications] = await Promise.all([
    db.knowledgeAnswer.findUniqueOrThrow({ where: { id: answerId } }),
    votes(answerId),
    db.notification.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { answer, answerVotes, notifications };
}

async function expectRefused(answerId: string, userIds: string[], call: () => Promise<unknown>, refusal: Record<string, unknown>) {
  const before = await state(answerId, userIds);
  await expect(call()).rejects.toMatchObject({ name: "AppError", ...refusal });
  expect(await state(answerId, userIds)).toEqual(before);
}

async function members(networkId: string, count: number) {
  const people = await Promise.all(Array.from({ length: count }, (_, index) => createUser({ name: `Voter ${index + 1}` })));
  for (const person of people) await addMember(networkId, person.id);
  return people;
}

describe("voteOnAnswer", () => {
  it("adds, repeats, switches and takes back a vote, keeping the score exact", async () => {
    const { answerId, member, organiser } = await answered();
    const steps: [string, number | string, number][] = [
      [member.id, 1, 1],
      [member.id, 1, 1], // the same vote again changes nothing
      [organiser.id, 1, 2],
      [member.id, -1, 0], // +1 → -1 moves the score by two
      [member.id, "-1", 0],
      [organiser.id, 0, -1],
      [organiser.id, 0, -1], // taking back a vote one does not have changes nothing
      [member.id, 0, 0],
      [organiser.id, "1", 1],
    ];
    for (const [actorId, value, expected] of steps) {
      await vote(actorId, answerId, value);
      expect(await score(answerId)).toBe(expected);
    }
    expect(await votes(answerId)).toEqual([{ userId: organiser.id, value: 1 }]);
  });

  it("shows the viewer their own vote and orders answers by score", async () => {
    const { questionId, answerId, member, organiser, facilitator } = await answered();
    const second = await postAnswer({ actorId: organiser.id, questionId, body: "Work with an agent first." });
    await vote(member.id, second, 1);
    await vote(facilitator.id, answerId, -1);
    const page = await getKnowledgeItem({ actorId: member.id, itemId: questionId });
    expect(page.answers.map((each) => [each.id, each.score, each.myVote])).toEqual([
      [second, 1, 1],
      [answerId, -1, 0],
    ]);
    expect((await getKnowledgeItem({ actorId: organiser.id, itemId: questionId })).answers.map((each) => each.canVote)).toEqual([false, true]);
  });

  it("counts ten votes cast at the same moment by ten people", async () => {
    const { answerId, network } = await answered();
    const voters = await members(network.id, 10);
    await Promise.all(voters.map((voter) => vote(voter.id, answerId, 1)));
    expect(await score(answerId)).toBe(10);
    expect(await votes(answerId)).toHaveLength(10);

    // Half of them change their minds at once, the others repeat their vote.
    await Promise.all(voters.map((voter, index) => vote(voter.id, answerId, index % 2 === 0 ? -1 : 1)));
    expect(await score(answerId)).toBe(0);
    expect((await votes(answerId)).reduce((sum, each) => sum + each.value, 0)).toBe(0);
  });

  it("refuses a vote on one's own answer", async () => {
    const { answerId, reader, everyone } = await answered();
    for (const value of [1, -1, 0]) await expectRefused(answerId, everyone, () => vote(reader.id, answerId, value), { code: "FORBIDDEN", messageKey: "knowledgeOwnAnswer" });
  });

  it("refuses visitors and people in no network, even on a public question", async () => {
    const { answerId, outsider, admin, everyone } = await answered("PUBLIC");
    await expectRefused(answerId, everyone, () => vote("", answerId, 1), { code: "UNAUTHENTICATED" });
    for (const actorId of [outsider.id, admin.id]) await expectRefused(answerId, everyone, () => vote(actorId, answerId, 1), { code: "FORBIDDEN", messageKey: "knowledgeMembersOnly" });
    const membersOnly = await answered("MEMBERS");
    await expectRefused(membersOnly.answerId, membersOnly.everyone, () => vote(membersOnly.outsider.id, membersOnly.answerId, 1), { code: "NOT_FOUND" });
  });

  it("refuses values other than +1, -1 and 0, and unknown answers", async () => {
    const { answerId, member, everyone } = await answered();
    for (const value of [2, -2, 10, 0.5, "up", undefined]) {
      await expectRefused(answerId, everyone, () => vote(member.id, answerId, value), { code: "INVALID", fieldErrors: { value: ["validation.invalid"] } });
    }
    await expectRefused(answerId, everyone, () => vote(member.id, "no-such-answer", 1), { code: "NOT_FOUND", messageKey: "knowledgeNotFound" });
  });

  it("refuses votes on the answers of a taken-down question", async () => {
    const { answerId, questionId, member, organiser, everyone } = await answered();
    await vote(organiser.id, answerId, 1);
    await moderateUnpublish({ actorId: organiser.id, itemId: questionId });
    // Its organiser still reads it, but neither votes again nor takes the vote back.
    for (const value of [-1, 0]) await expectRefused(answerId, everyone, () => vote(organiser.id, answerId, value), { code: "FORBIDDEN", messageKey: "knowledgeMembersOnly" });
    // The asker still reads their question; a member of another network no longer does.
    await expectRefused(answerId, everyone, () => vote(member.id, answerId, 1), { code: "FORBIDDEN", messageKey: "knowledgeMembersOnly" });
    const [stranger] = await members((await createNetwork()).id, 1);
    await expectRefused(answerId, everyone, () => vote(stranger!.id, answerId, 1), { code: "NOT_FOUND", messageKey: "knowledgeNotFound" });
    expect(await score(answerId)).toBe(1);
  });
});
