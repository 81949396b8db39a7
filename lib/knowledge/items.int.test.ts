// Writing articles: drafts, publishing, revisions, and who may write and edit.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { articleInput, askQuestion, knowledgeNetwork, publishArticle } from "@/tests/knowledge-factories";
import { saveKnowledgeItem } from "./items";
import { getKnowledgeItem, getKnowledgeItemForEdit, listKnowledgeForCountry, listRevisions } from "./queries";

type Input = Record<string, unknown>;
const saveArticle = (actorId: string, networkId: string, overrides: Input = {}, options: { itemId?: string; intent?: string } = {}) =>
  saveKnowledgeItem({ actorId, kind: "ARTICLE", ...articleInput(networkId, overrides), ...options });
const row = (id: string) => getPrisma().knowledgeItem.findUniqueOrThrow({ where: { id } });
const revisionNumbers = async (itemId: string) =>
  (await getPrisma().knowledgeRevision.findMany({ where: { itemId }, orderBy: { number: "asc" }, select: { number: true } })).map((revision) => revision.number);

/** Everything these authors wrote, with its revisions, and their notifications. */
async function knowledgeState(userIds: string[]) {
  const db = getPrisma();
  const [items, revisions, notifications] = await Promise.all([
    db.knowledgeItem.findMany({ where: { authorId: { in: userIds } }, orderBy: { id: "asc" } }),
    db.knowledgeRevision.findMany({ where: { item: { authorId: { in: userIds } } }, orderBy: [{ itemId: "asc" }, { number: "asc" }] }),
    db.notification.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { items, revisions, notifications };
}

async function refusalOf(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, messageKey: error.messageKey, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error("accepted");
}

/** Runs a refused call: exactly this refusal, and nothing these people wrote changed. */
async function expectRefused(userIds: string[], call: () => Promise<unknown>, refusal: { code: string; messageKey?: string; fieldErrors?: Record<string, string[]> }) {
  const before = await knowledgeState(userIds);
  const actual = await refusalOf(call);
  expect(actual).toMatchObject(refusal);
  if (refusal.fieldErrors) expect(actual.fieldErrors).toEqual(refusal.fieldErrors);
  expect(await knowledgeState(userIds)).toEqual(before);
}

const notFound = { code: "NOT_FOUND", messageKey: "knowledgeNotFound" };

describe("drafts and publishing", () => {
  it("keeps a new article as a draft that only its author can see", async () => {
    const { network, member, organiser, reader } = await knowledgeNetwork();
    const admin = await createUser({ isAdmin: true });
    const id = await saveArticle(member.id, network.id);
    expect(await row(id)).toMatchObject({ kind: "ARTICLE", status: "DRAFT", publishedAt: null, authorId: member.id, networkId: network.id, revision: 1 });

    const own = await getKnowledgeItem({ actorId: member.id, itemId: id });
    expect(own.item).toMatchObject({ id, status: "DRAFT" });
    expect(own.can).toMatchObject({ edit: true, moderate: false, restore: false });
    for (const actorId of [reader.id, organiser.id, admin.id, null]) {
      await expect(getKnowledgeItem({ actorId, itemId: id })).rejects.toMatchObject(notFound);
      await expect(listRevisions({ actorId, itemId: id })).rejects.toMatchObject(notFound);
    }
    const listed = await listKnowledgeForCountry({ actorId: member.id, country: "VN", take: 100 });
    expect(listed.articles.map((article) => article.id)).not.toContain(id);
  });

  it("publishes a draft: sets publishedAt once, and members of any network then read it", async () => {
    const { network, member, reader } = await knowledgeNetwork();
    const id = await saveArticle(member.id, network.id);
    await saveArticle(member.id, network.id, {}, { itemId: id, intent: "publish" });
    const published = await row(id);
    expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(Date) });
    await expect(getKnowledgeItem({ actorId: reader.id, itemId: id })).resolves.toMatchObject({ item: { id, status: "PUBLISHED" }, can: { edit: false } });

    await saveArticle(member.id, network.id, { title: "Getting paid by buyers in Vietnam, revised" }, { itemId: id, intent: "publish" });
    expect(await row(id)).toMatchObject({ status: "PUBLISHED", publishedAt: published.publishedAt, title: "Getting paid by buyers in Vietnam, revised" });
  });

  it("publishes at once with the publish intent, and refuses an unknown intent", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await publishArticle(member.id, network.id);
    expect(await row(id)).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(Date), revision: 1 });
    await expectRefused([member.id], () => saveArticle(member.id, network.id, {}, { intent: "shout" }), { code: "INVALID", fieldErrors: { form: ["validation.invalid"] } });
  });

  it("publishes a question at once, without revisions", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await askQuestion(member.id, network.id);
    expect(await row(id)).toMatchObject({ kind: "QUESTION", status: "PUBLISHED", publishedAt: expect.any(Date), summary: "", revision: 0 });
    expect(await revisionNumbers(id)).toEqual([]);
  });
});

describe("revisions", () => {
  it("adds a revision for each save that changes the text, none for tags and settings alone", async () => {
    const { network, member, reader } = await knowledgeNetwork();
    const id = await saveArticle(member.id, network.id, { title: "First title of the article" });
    await saveArticle(member.id, network.id, { title: "Second title of the article" }, { itemId: id });
    await saveArticle(member.id, network.id, { title: "Second title of the article", body: "A body that was rewritten completely." }, { itemId: id });
    const tagsOnly = { title: "Second title of the article", body: "A body that was rewritten completely.", countries: ["TH", "VN"], topics: ["customs"], sector: "C", visibility: "PUBLIC", language: "sv" };
    await saveArticle(member.id, network.id, tagsOnly, { itemId: id });
    await saveArticle(member.id, network.id, tagsOnly, { itemId: id, intent: "publish" });

    expect(await row(id)).toMatchObject({ revision: 3, countries: ["TH", "VN"], topics: ["customs"], sector: "C", visibility: "PUBLIC", language: "sv", status: "PUBLISHED" });
    expect(await revisionNumbers(id)).toEqual([1, 2, 3]);
    const { revisions } = await listRevisions({ actorId: reader.id, itemId: id });
    expect(revisions.map(({ number, title, body, editor }) => ({ number, title, body, editor: editor?.name }))).toEqual([
      { number: 3, title: "Second title of the article", body: "A body that was rewritten completely.", editor: "Member" },
      { number: 2, title: "Second title of the article", body: articleInput(network.id).body, editor: "Member" },
      { number: 1, title: "First title of the article", body: articleInput(network.id).body, editor: "Member" },
    ]);
  });

  it("keeps the export story's own fields in its revisions", async () => {
    const { network, member } = await knowledgeNetwork();
    const story = (storyWorked: string) => ({ kind: "STORY" as const, ...articleInput(network.id), storyMarket: "VN", storyWorked });
    const id = await saveKnowledgeItem({ actorId: member.id, ...story("A local agent in Hanoi.") });
    await saveKnowledgeItem({ actorId: member.id, itemId: id, ...story("A local agent in Hanoi, and trade fairs.") });
    const { revisions } = await listRevisions({ actorId: member.id, itemId: id });
    expect(revisions.map((revision) => [revision.number, revision.storyWorked])).toEqual([
      [2, "A local agent in Hanoi, and trade fairs."],
      [1, "A local agent in Hanoi."],
    ]);
  });

  it("numbers the revisions of concurrent saves one after the other, without gaps", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await saveArticle(member.id, network.id);
    const titles = [1, 2, 3, 4, 5].map((n) => `Concurrent edit number ${n}`);
    await Promise.all(titles.map((title) => saveArticle(member.id, network.id, { title }, { itemId: id })));

    expect(await revisionNumbers(id)).toEqual([1, 2, 3, 4, 5, 6]);
    const item = await row(id);
    expect(item.revision).toBe(6);
    const { revisions } = await listRevisions({ actorId: member.id, itemId: id });
    expect(revisions[0]!.title).toBe(item.title);
    expect(revisions.slice(0, 5).map((revision) => revision.title).sort()).toEqual(titles);
  });
});

describe("who may edit", () => {
  it("lets only the author edit; others are refused and the item stays as it was", async () => {
    const { network, member, organiser, reader, facilitator } = await knowledgeNetwork();
    const admin = await createUser({ isAdmin: true });
    await addMember(network.id, admin.id);
    const id = await publishArticle(member.id, network.id);
    const readerNetwork = (await getPrisma().membership.findFirstOrThrow({ where: { userId: reader.id } })).networkId;
    const people = [member.id, organiser.id, reader.id, facilitator.id, admin.id];
    const edit = (actorId: string, networkId = network.id) => () => saveArticle(actorId, networkId, { title: "Taken over by someone else" }, { itemId: id, intent: "publish" });

    for (const actorId of [organiser.id, facilitator.id, admin.id]) {
      await expectRefused(people, edit(actorId), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
      await expect(getKnowledgeItemForEdit({ actorId, itemId: id })).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    }
    await expectRefused(people, edit(reader.id, readerNetwork), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    await expectRefused(people, edit(reader.id), { code: "FORBIDDEN", messageKey: "knowledgeNotYourNetwork", fieldErrors: { networkId: ["validation.notYourNetwork"] } });
    await expect(getKnowledgeItemForEdit({ actorId: member.id, itemId: id })).resolves.toMatchObject({ id, title: articleInput(network.id).title });
  });

  it("answers others' edits of a draft, of another kind or of an unknown id with not found", async () => {
    const { network, member, organiser } = await knowledgeNetwork();
    const draft = await saveArticle(member.id, network.id);
    const people = [member.id, organiser.id];
    await expectRefused(people, () => saveArticle(organiser.id, network.id, {}, { itemId: draft }), notFound);
    await expectRefused(people, () => saveKnowledgeItem({ actorId: member.id, kind: "STORY", itemId: draft, ...articleInput(network.id), storyMarket: "VN" }), notFound);
    await expectRefused(people, () => saveArticle(member.id, network.id, {}, { itemId: "no-such-item" }), notFound);
  });

  it("refuses writing in a network one does not belong to, and stores nothing", async () => {
    const { network, member, reader, outsider } = await knowledgeNetwork();
    const refusal = { code: "FORBIDDEN", messageKey: "knowledgeNotYourNetwork", fieldErrors: { networkId: ["validation.notYourNetwork"] } };
    const people = [member.id, reader.id, outsider.id];
    await expectRefused(people, () => saveArticle(reader.id, network.id, {}, { intent: "publish" }), refusal);
    await expectRefused(people, () => askQuestion(reader.id, network.id), refusal);
    await expectRefused(people, () => saveArticle(member.id, "no-such-network"), refusal);

    // Nor may the author move their article into a network they are not in.
    const elsewhere = await createNetwork();
    const id = await publishArticle(member.id, network.id);
    await expectRefused(people, () => saveArticle(member.id, elsewhere.id, {}, { itemId: id }), refusal);
    expect(await row(id)).toMatchObject({ networkId: network.id });
  });

  it("refuses a person in no network, or only in an archived one", async () => {
    const { network, member, outsider } = await knowledgeNetwork();
    const refusal = { code: "FORBIDDEN", messageKey: "knowledgeNotYourNetwork", fieldErrors: { networkId: ["validation.notYourNetwork"] } };
    await expectRefused([outsider.id], () => saveArticle(outsider.id, network.id), refusal);
    await expectRefused([outsider.id], () => askQuestion(outsider.id, network.id), refusal);

    const archived = await createNetwork({ status: "ARCHIVED" });
    const archivedMember = await createUser();
    await addMember(archived.id, archivedMember.id);
    await expectRefused([archivedMember.id], () => saveArticle(archivedMember.id, archived.id), refusal);
    // A member may still write in their own, active network.
    await expect(saveArticle(member.id, network.id)).resolves.toEqual(expect.any(String));
  });

  it("refuses an unknown or removed account as signed out", async () => {
    const { network, member } = await knowledgeNetwork();
    const id = await publishArticle(member.id, network.id);
    await getPrisma().user.update({ where: { id: member.id }, data: { status: "REMOVED" } });
    const signedOut = { code: "UNAUTHENTICATED", messageKey: "signInRequired" };
    await expectRefused([member.id], () => saveArticle(member.id, network.id, { title: "Written after removal" }, { itemId: id }), signedOut);
    await expectRefused([member.id], () => saveArticle(member.id, network.id), signedOut);
    await expectRefused([member.id], () => saveArticle("no-such-user", network.id), signedOut);
  });
});
