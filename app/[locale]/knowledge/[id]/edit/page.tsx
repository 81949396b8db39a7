import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { requireUser } from "@/lib/auth/current-user";
import { getKnowledgeItemForEdit } from "@/lib/knowledge/queries";
import { loadForPage } from "@/lib/page-errors";
import { EditorPage } from "../../_components/editor-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("editHeading") };
}

export default async function EditKnowledgePage({ params }: PageProps<"/[locale]/knowledge/[id]/edit">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/knowledge/${id}/edit`);
  const loaded = await loadForPage(() => getKnowledgeItemForEdit({ actorId: user.id, itemId: id }));
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const item = loaded.data;
  const t = await getTranslations("knowledge");
  return (
    <EditorPage
      actorId={user.id}
      locale={locale}
      type={item.kind.toLowerCase() as "article" | "story" | "question"}
      heading={t("editHeading")}
      values={{
        itemId: item.id,
        title: item.title,
        summary: item.summary,
        body: item.body,
        language: item.language,
        countries: item.countries.map((code) => code.trim()),
        sector: item.sector ?? "",
        topics: item.topics,
        visibility: item.visibility,
        networkId: item.networkId,
        storyMarket: item.storyMarket ?? "",
        storyWorked: item.storyWorked ?? "",
        storyDidNotWork: item.storyDidNotWork ?? "",
        storyContacts: item.storyContacts ?? "",
        published: item.status === "PUBLISHED",
      }}
    />
  );
}
