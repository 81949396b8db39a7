import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { notify } from "@/lib/notifications/service";
import type { Prisma } from "@/generated/prisma/client";
import { requireActor } from "./actor";
import { canEdit, canModerate, canPublish, canRead, canWriteIn } from "./rules";
import { columnsOf, type Kind } from "./columns";
import { itemRefSchema, moderationSchema, saveIntentSchema } from "./schema";

type Columns = ReturnType<typeof columnsOf>;
const revisedFields = ["title", "summary", "body", "storyWorked", "storyDidNotWork", "storyContacts"] as const;

/** A new revision when the text changed (tags and settings alone do not make one). */
async function recordRevision(tx: Prisma.TransactionClient, itemId: string, editorId: string, columns: Columns, previous: Columns | null) {
  if (previous && revisedFields.every((field) => previous[field] === columns[field])) return null;
  const item = await tx.knowledgeItem.update({ where: { id: itemId }, data: { revision: { increment: 1 } }, select: { revision: true } });
  await tx.knowledgeRevision.create({
    data: { itemId, number: item.revision, editorId, ...Object.fromEntries(revisedFields.map((field) => [field, columns[field]])) } as Prisma.KnowledgeRevisionUncheckedCreateInput,
  });
  return item.revision;
}

/**
 * Writes a new article, story or question, or saves the author's changes to one. Articles and
 * stories stay drafts until published ("publish" intent); questions are published at once.
 * Returns the item's id.
 */
export async function saveKnowledgeItem({ actorId, kind, itemId, intent, ...input }: { actorId: string; kind: Kind; itemId?: string; intent?: unknown } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const publish = kind === "QUESTION" || parseInput(saveIntentSchema, intent) === "publish";
  const columns = columnsOf(kind, input);
  if (!canWriteIn(actor, columns.networkId)) throw new AppError("FORBIDDEN", "knowledgeNotYourNetwork", { networkId: ["validation.notYourNetwork"] });

  return getPrisma().$transaction(async (tx) => {
    if (!itemId) {
      const created = await tx.knowledgeItem.create({
        data: { kind, authorId: actor.id, ...columns, status: publish ? "PUBLISHED" : "DRAFT", publishedAt: publish ? new Date() : null },
        select: { id: true },
      });
      if (kind !== "QUESTION") await recordRevision(tx, created.id, actor.id, columns, null);
      return created.id;
    }
    // Locked so that two saves of one item number their revisions one after the other.
    await tx.$queryRaw`SELECT 1 FROM "KnowledgeItem" WHERE "id" = ${itemId} FOR UPDATE`;
    const existing = await tx.knowledgeItem.findUnique({ where: { id: itemId } });
    if (!existing || existing.kind !== kind || !canRead(actor, existing)) throw new AppError("NOT_FOUND", "knowledgeNotFound");
    if (!canEdit(actor, existing)) throw new AppError("FORBIDDEN", "knowledgeNotYours");
    const stillPublished = existing.status === "PUBLISHED";
    await tx.knowledgeItem.update({
      where: { id: itemId },
      data: { ...columns, ...(publish && !stillPublished ? { status: "PUBLISHED", publishedAt: existing.publishedAt ?? new Date() } : {}) },
    });
    if (kind !== "QUESTION") await recordRevision(tx, itemId, actor.id, columns, existing as unknown as Columns);
    return itemId;
  });
}

/** The author takes a published article back to drafts (a moderator's takedown stays one). */
export async function unpublishOwnItem({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { itemId } = parseInput(itemRefSchema, input);
  const item = await getPrisma().knowledgeItem.findUnique({ where: { id: itemId } });
  if (!item || !canRead(actor, item)) throw new AppError("NOT_FOUND", "knowledgeNotFound");
  if (!canEdit(actor, item) || item.kind === "QUESTION") throw new AppError("FORBIDDEN", "knowledgeNotYours");
  await getPrisma().knowledgeItem.update({ where: { id: itemId }, data: { status: "DRAFT" } });
}

/** An organiser of the item's network, or an admin, takes it down; the author is told why. */
export async function moderateUnpublish({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { itemId, note } = parseInput(moderationSchema, input);
  await getPrisma().$transaction(async (tx) => {
    const item = await tx.knowledgeItem.findUnique({ where: { id: itemId } });
    if (!item || !canRead(actor, item)) throw new AppError("NOT_FOUND", "knowledgeNotFound");
    if (!canModerate(actor, item)) throw new AppError("FORBIDDEN", "knowledgeNotModerator");
    if (item.status !== "PUBLISHED") throw new AppError("CONFLICT", "knowledgeNotPublished");
    await tx.knowledgeItem.update({ where: { id: itemId }, data: { status: "UNPUBLISHED", moderatedById: actor.id, moderationNote: note ?? null } });
    if (item.authorId !== actor.id) await notify(tx, item.authorId, "knowledge.unpublished", { itemId, title: item.title, message: note });
  });
}

/** Brings back what a moderator took down. */
export async function moderateRestore({ actorId, ...input }: { actorId: string } & Record<string, unknown>) {
  const actor = await requireActor(actorId);
  const { itemId } = parseInput(moderationSchema, input);
  const item = await getPrisma().knowledgeItem.findUnique({ where: { id: itemId } });
  if (!item || !canRead(actor, item)) throw new AppError("NOT_FOUND", "knowledgeNotFound");
  if (item.status !== "UNPUBLISHED" || !canPublish(actor, item)) throw new AppError("FORBIDDEN", "knowledgeNotModerator");
  await getPrisma().knowledgeItem.update({ where: { id: itemId }, data: { status: "PUBLISHED", moderatedById: actor.id, moderationNote: null } });
}
