import "server-only";
import { getPrisma } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { reencodePhoto } from "./photo-image";
import { canSee } from "./visibility";
import { memberIdSchema, photoUploadSchema } from "./schema";
import { viewerRelation } from "./viewer";

/** Replaces the actor's photo with the re-encoded upload; a refused file changes nothing. */
export async function setProfilePhoto({ actorId, ...input }: { actorId: string; photo: unknown }) {
  const { photo } = parseInput(photoUploadSchema, input);
  const encoded = await reencodePhoto(new Uint8Array(await photo.arrayBuffer()));
  const data = { data: encoded.data, mimeType: encoded.mimeType, width: encoded.width, height: encoded.height };
  await getPrisma().profilePhoto.upsert({ where: { userId: actorId }, create: { userId: actorId, ...data }, update: data });
}

export async function removeProfilePhoto({ actorId }: { actorId: string }) {
  await getPrisma().profilePhoto.deleteMany({ where: { userId: actorId } });
}

/**
 * The photo of a member for a viewer who may see that member's about section (the photo is
 * part of it); NOT_FOUND otherwise, so that a refusal does not reveal that a photo exists.
 */
export async function getMemberPhoto({ actorId, ...input }: { actorId: string | null; memberId: unknown }) {
  const { memberId } = parseInput(memberIdSchema, input);
  const owner = await getPrisma().user.findUnique({
    where: { id: memberId },
    select: { status: true, profile: { select: { aboutVisibility: true } } },
  });
  if (!owner || owner.status !== "ACTIVE") throw new AppError("NOT_FOUND", "profileNotFound");
  if (!canSee(owner.profile?.aboutVisibility ?? "MEMBERS", await viewerRelation(actorId, memberId))) throw new AppError("NOT_FOUND", "profileNotFound");
  const photo = await getPrisma().profilePhoto.findUnique({ where: { userId: memberId }, select: { data: true, mimeType: true, updatedAt: true } });
  if (!photo) throw new AppError("NOT_FOUND", "profileNotFound");
  return photo;
}
