"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { ActionState } from "@/lib/action-state";
import { acceptAnswer, deleteAnswer, postAnswer, voteOnAnswer } from "@/lib/knowledge/answers";
import { moderateRestore, moderateUnpublish, saveKnowledgeItem, unpublishOwnItem } from "@/lib/knowledge/items";
import { signedInAction } from "@/lib/server-action";

const KINDS = { article: "ARTICLE", story: "STORY", question: "QUESTION" } as const;

function revalidateKnowledge() {
  revalidatePath("/[locale]/knowledge", "layout");
  revalidatePath("/[locale]/markets/[country]", "page");
}

/** Saves the editor (new or existing item); on success goes to the item's page. */
export async function saveItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string | null = null;
  const state = await signedInAction(formData, async (user, { kind, itemId, intent, ...fields }) => {
    const itemKind = KINDS[String(kind) as keyof typeof KINDS];
    if (!itemKind) return { message: "invalidInput" };
    const id = await saveKnowledgeItem({ actorId: user.id, kind: itemKind, itemId: typeof itemId === "string" && itemId ? itemId : undefined, intent, ...fields });
    revalidateKnowledge();
    target = `/knowledge/${id}`;
    const published = itemKind === "QUESTION" || intent === "publish";
    return { ok: true, message: itemKind === "QUESTION" ? "questionPosted" : published ? "knowledgePublished" : "knowledgeDraftSaved" };
  });
  if (state.ok && target) redirect({ href: target, locale: await getLocale() });
  return state;
}

const simple =
  (run: (actorId: string, fields: Record<string, string | string[]>) => Promise<unknown>, message: string) =>
  async (_previous: ActionState, formData: FormData): Promise<ActionState> =>
    signedInAction(formData, async (user, fields) => {
      await run(user.id, fields);
      revalidateKnowledge();
      return { ok: true, message };
    });

export const postAnswerAction = simple((actorId, fields) => postAnswer({ actorId, ...fields }), "answerPosted");
export const voteAction = simple((actorId, fields) => voteOnAnswer({ actorId, ...fields }), "voteSaved");
export const acceptAnswerAction = simple((actorId, fields) => acceptAnswer({ actorId, ...fields }), "answerAcceptedSaved");
export const deleteAnswerAction = simple((actorId, fields) => deleteAnswer({ actorId, ...fields }), "answerDeleted");
export const unpublishOwnAction = simple((actorId, fields) => unpublishOwnItem({ actorId, ...fields }), "knowledgeBackToDraft");
export const moderateUnpublishAction = simple((actorId, fields) => moderateUnpublish({ actorId, ...fields }), "knowledgeUnpublished");
export const moderateRestoreAction = simple((actorId, fields) => moderateRestore({ actorId, ...fields }), "knowledgeRestored");
