import { getTranslations } from "next-intl/server";
import { HiddenOrMissing } from "@/components/hidden-or-missing";

export default async function KnowledgeNotFound() {
  const t = await getTranslations("knowledge");
  return <HiddenOrMissing title={t("notFoundTitle")} text={t("notFoundText")} signIn={t("signInToRead")} back={{ href: "/knowledge", label: t("backToKnowledge") }} />;
}
