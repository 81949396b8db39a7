import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { CreateNetworkForm } from "./_components/create-network-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("createNetwork"))("title") };
}

export default async function NewNetworkPage({ params }: PageProps<"/[locale]/networks/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/networks/new`);
  if (!user.facilitatorOrganisation) return <ForbiddenNotice messageKey="notFacilitator" />;
  const t = await getTranslations("createNetwork");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <Card>
        <CreateNetworkForm />
      </Card>
    </div>
  );
}
