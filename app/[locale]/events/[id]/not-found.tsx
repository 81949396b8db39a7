import { getTranslations } from "next-intl/server";
import { HiddenOrMissing } from "@/components/hidden-or-missing";

export default async function EventNotFound() {
  const t = await getTranslations("events");
  return <HiddenOrMissing title={t("notFoundTitle")} text={t("notFoundText")} signIn={t("signInToSee")} back={{ href: "/events", label: t("backToEvents") }} />;
}
