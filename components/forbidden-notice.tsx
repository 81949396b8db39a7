import { getTranslations } from "next-intl/server";
import { Alert } from "./ui/alert";

export async function ForbiddenNotice({ messageKey }: { messageKey: string }) {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <Alert tone="warning">{t(messageKey)}</Alert>
    </div>
  );
}
