import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { Markdown } from "@/components/markdown";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { countryName } from "@/lib/i18n/display-names";
import { getKnowledgeItem } from "@/lib/knowledge/queries";
import { moderateRestoreAction, unpublishOwnAction } from "../actions";
import { Answers } from "../_components/answers";
import { ItemMeta } from "../_components/item-meta";
import { ModerationForm } from "../_components/moderation-form";

/** Null for unknown ids and for items the viewer may not read (see not-found.tsx). Once per request. */
const load = cache(async (actorId: string | null, itemId: string) => {
  try {
    return await getKnowledgeItem({ actorId, itemId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps<"/[locale]/knowledge/[id]">): Promise<Metadata> {
  const { id } = await params;
  const user = await getCurrentUser();
  const data = await load(user?.id ?? null, id);
  return { title: data?.item.title ?? (await getTranslations("knowledge"))("notFoundTitle") };
}

export default async function KnowledgeItemPage({ params }: PageProps<"/[locale]/knowledge/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const t = await getTranslations("knowledge");
  const data = await load(user?.id ?? null, id);

  if (!data) notFound();

  const { item, can } = data;
  const type = item.kind.toLowerCase() as "article" | "story" | "question";
  return (
    <article className="mx-auto max-w-3xl space-y-6" aria-labelledby="item-title">
      <p>
        <Link href={type === "story" ? "/knowledge/stories" : "/knowledge"} className="font-medium text-brand-800 underline">
          {type === "story" ? t("backToStories") : t("backToKnowledge")}
        </Link>
      </p>
      <header className="space-y-3">
        <div className="flex flex-wrap gap-2">
          <Badge tone="brand">{t(`type.${type}`)}</Badge>
          {item.visibility === "MEMBERS" && <Badge>{t("visibilityLevel.MEMBERS")}</Badge>}
          {item.status === "DRAFT" && <Badge tone="amber">{t("status.DRAFT")}</Badge>}
          {item.status === "UNPUBLISHED" && <Badge tone="amber">{t("status.UNPUBLISHED")}</Badge>}
        </div>
        <h1 id="item-title" className="text-3xl font-semibold tracking-tight">
          {item.title}
        </h1>
        {item.summary && <p className="text-lg text-slate-700">{item.summary}</p>}
        <ItemMeta locale={locale} item={item} />
      </header>

      {item.status === "UNPUBLISHED" && (
        <Alert tone="warning">
          <p>{t("takenDown", { name: item.moderatedBy?.name ?? "" })}</p>
          {item.moderationNote && <p className="mt-1 italic">“{item.moderationNote}”</p>}
        </Alert>
      )}

      {(can.edit || can.moderate || can.restore || item.revision > 1) && (
        <div className="flex flex-wrap items-start gap-3">
          {can.edit && (
            <Link href={`/knowledge/${item.id}/edit`} className={buttonClasses("secondary", "sm")}>
              {t("edit")}
            </Link>
          )}
          {item.kind !== "QUESTION" && item.revision > 1 && (
            <Link href={`/knowledge/${item.id}/revisions`} className={buttonClasses("ghost", "sm")}>
              {t("revisionsLink", { count: item.revision })}
            </Link>
          )}
          {can.edit && item.status === "PUBLISHED" && item.kind !== "QUESTION" && (
            <ActionButton action={unpublishOwnAction} fields={{ itemId: item.id }} confirm={t("backToDraftConfirm")}>
              {t("backToDraft")}
            </ActionButton>
          )}
          {can.restore && (
            <ActionButton action={moderateRestoreAction} fields={{ itemId: item.id }}>
              {t("restore")}
            </ActionButton>
          )}
        </div>
      )}

      {type === "story" && item.storyMarket && (
        <Card title={t("storyMarketHeading", { country: countryName(locale, item.storyMarket) })}>
          <dl className="grid gap-4 sm:grid-cols-3">
            {(["storyWorked", "storyDidNotWork", "storyContacts"] as const).map((field) =>
              item[field] ? (
                <div key={field}>
                  <dt className="font-semibold text-slate-900">{t(field)}</dt>
                  <dd className="mt-1">
                    <Markdown className="text-sm">{item[field]!}</Markdown>
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
        </Card>
      )}

      <Markdown className="text-base">{item.body}</Markdown>

      {type === "question" && <Answers data={data} signedIn={Boolean(user)} locale={locale} />}

      {can.moderate && (
        <Card title={t("moderation")}>
          <ModerationForm itemId={item.id} />
        </Card>
      )}
    </article>
  );
}
