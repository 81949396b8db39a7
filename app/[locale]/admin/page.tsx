import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { listFacilitators } from "@/lib/networks/lifecycle";
import { loadForPage } from "@/lib/page-errors";
import { CreateNetworkForm } from "../networks/new/_components/create-network-form";
import { AppointFacilitatorForm } from "./_components/appoint-facilitator-form";
import { RemoveAccountForm } from "./_components/remove-account-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/admin`);
  const loaded = await loadForPage(() => listFacilitators({ actorId: user.id }));
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const facilitators = loaded.data;
  const t = await getTranslations("admin");
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <Card title={t("facilitators")}>
        <p className="mb-4 text-slate-700">{t("facilitatorsIntro")}</p>
        <AppointFacilitatorForm />
        <ul className="mt-6 divide-y divide-slate-100">
          {facilitators.map((facilitator) => (
            <li key={facilitator.id} className="py-2 text-sm">
              <span className="font-medium">{facilitator.name}</span> · {facilitator.organisation} · <span className="text-slate-600">{facilitator.email}</span> ·{" "}
              <span className="text-slate-600">{format.dateTime(facilitator.appointedAt, { dateStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("createNetwork")}>
        <CreateNetworkForm facilitators={facilitators} />
      </Card>
      <Card title={t("accounts")}>
        <p className="mb-4 text-slate-700">{t("accountsIntro")}</p>
        <RemoveAccountForm />
      </Card>
    </div>
  );
}
