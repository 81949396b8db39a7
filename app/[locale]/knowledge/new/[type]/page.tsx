import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { KNOWLEDGE_TYPES, type KnowledgeType } from "@/lib/knowledge/schema";
import { EditorPage } from "../../_components/editor-page";

const isType = (value: string): value is KnowledgeType => (KNOWLEDGE_TYPES as readonly string[]).includes(value);

export async function generateMetadata({ params }: PageProps<"/[locale]/knowledge/new/[type]">): Promise<Metadata> {
  const { type } = await params;
  return { title: (await getTranslations("knowledge"))(`newHeading.${isType(type) ? type : "article"}`) };
}

export default async function NewKnowledgePage({ params, searchParams }: PageProps<"/[locale]/knowledge/new/[type]">) {
  const { locale, type } = await params;
  setRequestLocale(locale);
  if (!isType(type)) notFound();
  const user = await requireUser(locale, `/${locale}/knowledge/new/${type}`);
  const t = await getTranslations("knowledge");
  // A market page links here with its country chosen.
  const country = (await searchParams).country;
  const countries = typeof country === "string" && /^[a-z]{2}$/i.test(country) ? [country.toUpperCase()] : [];
  return <EditorPage actorId={user.id} locale={locale} type={type} heading={t(`newHeading.${type}`)} values={{ countries, storyMarket: type === "story" ? (countries[0] ?? "") : "" }} />;
}
