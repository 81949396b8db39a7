// Taking items down and bringing them back, the author's own unpublishing, and who reads what.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createOrganiserElsewhere, createUser, notificationsOf } from "@/tests/factories";
import { articleInput, askQuestion, knowledgeNetwork, publishArticle } from "@/tests/knowledge-factories";
import { moderateRestore, moderateUnpublish, saveKnowledgeItem, unpublishOwnItem } from "./items";
import { getKnowledgeItem, listRevisions } from "./queries";

const row = (id: string) => getPrisma().knowledgeItem.findUniqueOrThrow({ where: { id } });

/** A published members-only article by a member, and everyone who might act on it. */
async function cast(overrides: Record<string, unknown> = {}) {
  const people = await knowledgeNetwork();
  const [organiserElsewhere, admin] = await Promise.all([createOrganiserElsewhere(), createUser({ name: "Admin", isAdmin: true })]);
  const itemId = await publishArticle(people.member.id, people.network.id, overrides);
  const everyone = [people.member.id, people.organiser.id, people.facilitator.id, people.outsider.id, people.reader.id, organiserElsewhere.id, admin.id];
  return { ...people, organiserElsewhere, admin, itemId, everyone };
}

/** The item, its revisions and everyone's notifications, for checking that a refusal changed nothing. */
async function state(itemId: string, userIds: string[]) {
  const db = getPrisma();
  const [item, revisions, notifications] = await Promise.all([
    db.knowledgeItem.findUniqueOrThrow({ where: { id: itemId } }),
    db.knowledgeRevision.findMany({ where: { itemId }, orderBy: { number: "asc" } }),
    db.notification.findMany({ where: { userId: { in: userIds } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { item, revisions, notifications };
}

async function expectRefused(itemId: string, userIds: string[], call: () => Promise<unknown>, refusal: { code: string; messageKey?: string }) {
  const before = await state(itemId, userIds);
  await expect(call()).rejects.toMatchObject({ name: "AppError", ...refusal });
  expect(await state(itemId, userIds)).toEqual(before);
}

const notFound = { code: "NOT_FOUND", messageKey: "knowledgeNotFound" };
const NOTE = "Advertising, not advice. Please rewrite it as an article.";

describe("moderateUnpublish", () => {
  it("lets an organiser of the item's network take it down; the author is told why", async () => {
    const { itemId, organiser, member } = await cast();
    await moderateUnpublish({ actorId: organiser.id, itemId, note: `  ${NOTE} ` });
    expect(await row(itemId)).toMatchObject({ status: "UNPUBLISHED", moderatedById: organiser.id, moderationNote: NOTE });
    expect(await notificationsOf(member.id)).toEqual([
      expect.objectContaining({ kind: "knowledge.unpublished", data: { itemId, title: articleInput("").title, message: NOTE }, readAt: null }),
    ]);
    expect(await notificationsOf(organiser.id)).toEqual([]);
  });

  it("lets an admin take down any item, with or without a note", async () => {
    const { itemId, admin, member } = await cast();
    await moderateUnpublish({ actorId: admin.id, itemId });
    expect(await row(itemId)).toMatchObject({ status: "UNPUBLISHED", moderatedById: admin.id, moderationNote: null });
    expect(await notificationsOf(member.id)).toEqual([expect.objectContaining({ kind: "knowledge.unpublished", data: { itemId, title: articleInput("").title } })]);
  });

  it("refuses organisers of other networks, members and outsiders, changing nothing", async () => {
    const { itemId, member, reader, outsider, organiserElsewhere, everyone } = await cast();
    for (const actorId of [organiserElsewhere.id, member.id, reader.id]) {
      await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId, itemId, note: NOTE }), { code: "FORBIDDEN", messageKey: "knowledgeNotModerator" });
    }
    await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId: outsider.id, itemId, note: NOTE }), notFound);
    await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId: "no-such-user", itemId }), { code: "UNAUTHENTICATED" });
    await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId: member.id, itemId: "no-such-item" }), notFound);
  });

  it("refuses a note with markup or too long, a draft (not found) and an item already taken down", async () => {
    const { itemId, organiser, member, network, everyone } = await cast();
    await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId: organiser.id, itemId, note: "<b>spam</b>" }), { code: "INVALID" });
    await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId: organiser.id, itemId, note: "x".repeat(501) }), { code: "INVALID" });
    const draft = await saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", ...articleInput(network.id) });
    await expectRefused(draft, everyone, () => moderateUnpublish({ actorId: organiser.id, itemId: draft }), notFound);
    await moderateUnpublish({ actorId: organiser.id, itemId });
    await expectRefused(itemId, everyone, () => moderateUnpublish({ actorId: organiser.id, itemId }), { code: "CONFLICT", messageKey: "knowledgeNotPublished" });
  });

  it("lets a moderator take down a question too", async () => {
    const { network, member, organiser } = await knowledgeNetwork();
    const itemId = await askQuestion(member.id, network.id);
    await moderateUnpublish({ actorId: organiser.id, itemId, note: NOTE });
    expect(await row(itemId)).toMatchObject({ status: "UNPUBLISHED" });
  });
});

describe("a taken-down item", () => {
  it("is read only by its author and the moderators", async () => {
    const { itemId, organiser, member, reader, outsider, organiserElsewhere, admin } = await cast({ visibility: "PUBLIC" });
    await moderateUnpublish({ actorId: organiser.id, itemId, note: NOTE });
    for (const actorId of [member.id, organiser.id, admin.id]) {
      await expect(getKnowledgeItem({ actorId, itemId })).resolves.toMatchObject({ item: { id: itemId, status: "UNPUBLISHED", moderationNote: NOTE } });
    }
    await expect(getKnowledgeItem({ actorId: member.id, itemId })).resolves.toMatchObject({ can: { edit: false, moderate: false, restore: false } });
    await expect(getKnowledgeItem({ actorId: organiser.id, itemId })).resolves.toMatchObject({ can: { edit: false, moderate: false, restore: true } });
    for (const actorId of [reader.id, outsider.id, organiserElsewhere.id, null]) {
      await expect(getKnowledgeItem({ actorId, itemId })).rejects.toMatchObject(notFound);
      await expect(listRevisions({ actorId, itemId })).rejects.toMatchObject(notFound);
    }
  });

  it("can no longer be edited, republished or unpublished by its author", async () => {
    const { itemId, organiser, member, network, everyone } = await cast();
    await moderateUnpublish({ actorId: organiser.id, itemId, note: NOTE });
    const edit = (intent: string) => () => saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", itemId, intent, ...articleInput(network.id, { title: "Rewritten after takedown" }) });
    await expectRefused(itemId, everyone, edit("draft"), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    await expectRefused(itemId, everyone, edit("publish"), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    await expectRefused(itemId, everyone, () => unpublishOwnItem({ actorId: member.id, itemId }), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    await expectRefused(itemId, everyone, () => moderateRestore({ actorId: member.id, itemId }), { code: "FORBIDDEN", messageKey: "knowledgeNotModerator" });
  });

  it("is restored by a moderator of its network or an admin, and then editable again", async () => {
    const { itemId, organiser, member, reader, organiserElsewhere, admin, network, everyone } = await cast();
    await moderateUnpublish({ actorId: organiser.id, itemId, note: NOTE });
    for (const actorId of [reader.id, organiserElsewhere.id]) await expectRefused(itemId, everyone, () => moderateRestore({ actorId, itemId }), notFound);

    await moderateRestore({ actorId: organiser.id, itemId });
    expect(await row(itemId)).toMatchObject({ status: "PUBLISHED", moderatedById: organiser.id, moderationNote: null });
    await expectRefused(itemId, everyone, () => moderateRestore({ actorId: organiser.id, itemId }), { code: "FORBIDDEN", messageKey: "knowledgeNotModerator" });
    await expect(getKnowledgeItem({ actorId: reader.id, itemId })).resolves.toMatchObject({ item: { status: "PUBLISHED" } });
    await saveKnowledgeItem({ actorId: member.id, kind: "ARTICLE", itemId, ...articleInput(network.id, { title: "Improved after the takedown" }) });
    expect(await row(itemId)).toMatchObject({ status: "PUBLISHED", title: "Improved after the takedown" });

    await moderateUnpublish({ actorId: admin.id, itemId });
    await moderateRestore({ actorId: admin.id, itemId });
    expect(await row(itemId)).toMatchObject({ status: "PUBLISHED", moderatedById: admin.id });
  });
});

describe("unpublishOwnItem", () => {
  it("moves the author's published article back to drafts, out of others' sight", async () => {
    const { itemId, member, reader, organiser } = await cast();
    const { publishedAt } = await row(itemId);
    await unpublishOwnItem({ actorId: member.id, itemId });
    expect(await row(itemId)).toMatchObject({ status: "DRAFT", publishedAt, moderatedById: null });
    for (const actorId of [reader.id, organiser.id]) await expect(getKnowledgeItem({ actorId, itemId })).rejects.toMatchObject(notFound);
    await expect(getKnowledgeItem({ actorId: member.id, itemId })).resolves.toMatchObject({ item: { status: "DRAFT" }, can: { edit: true } });
    expect(await notificationsOf(member.id)).toEqual([]);
  });

  it("refuses anyone but the author, and questions", async () => {
    const { itemId, member, reader, organiser, admin, outsider, network, everyone } = await cast();
    for (const actorId of [reader.id, organiser.id, admin.id]) {
      await expectRefused(itemId, everyone, () => unpublishOwnItem({ actorId, itemId }), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
    }
    await expectRefused(itemId, everyone, () => unpublishOwnItem({ actorId: outsider.id, itemId }), notFound);
    const question = await askQuestion(member.id, network.id);
    await expectRefused(question, everyone, () => unpublishOwnItem({ actorId: member.id, itemId: question }), { code: "FORBIDDEN", messageKey: "knowledgeNotYours" });
  });
});

describe("who reads a published item", () => {
  it("shows a members-only item to members of any network, not to visitors or people in no network", async () => {
    const { itemId, member, reader, organiserElsewhere, outsider, admin } = await cast({ visibility: "MEMBERS" });
    for (const actorId of [member.id, reader.id, organiserElsewhere.id, admin.id]) {
      await expect(getKnowledgeItem({ actorId, itemId })).resolves.toMatchObject({ item: { id: itemId } });
    }
    for (const actorId of [null, outsider.id, "no-such-user"]) await expect(getKnowledgeItem({ actorId, itemId })).rejects.toMatchObject(notFound);
  });

  it("shows a public item to everyone, and moderation only to the network's moderators", async () => {
    const { itemId, member, reader, organiser, organiserElsewhere, outsider, admin } = await cast({ visibility: "PUBLIC" });
    for (const actorId of [null, outsider.id, reader.id]) {
      await expect(getKnowledgeItem({ actorId, itemId })).resolves.toMatchObject({ item: { id: itemId }, can: { edit: false, moderate: false } });
    }
    await expect(getKnowledgeItem({ actorId: organiserElsewhere.id, itemId })).resolves.toMatchObject({ can: { moderate: false } });
    for (const actorId of [organiser.id, admin.id]) await expect(getKnowledgeItem({ actorId, itemId })).resolves.toMatchObject({ can: { edit: false, moderate: true } });
    await expect(getKnowledgeItem({ actorId: member.id, itemId })).resolves.toMatchObject({ can: { edit: true, moderate: false } });
  });
});
