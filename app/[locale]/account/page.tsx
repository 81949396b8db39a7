import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listMyNetworks } from "@/lib/networks/queries";
import { signOutEverywhereAction } from "../(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations("account");
  const tRole = await getTranslations("network.role");
  const networks = await listMyNetworks({ actorId: user.id });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">
          {user.name} · {user.email}
        </p>
      </header>
      <Card title={t("profileTitle")}>
        <p className="mb-3 text-slate-700">{t("profileIntro")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/account/profile" className="font-medium text-brand-800 underline">
              {t("editProfile")}
            </Link>
          </li>
          <li>
            <Link href="/account/company" className="font-medium text-brand-800 underline">
              {t("editCompany")}
            </Link>
          </li>
          <li>
            <Link href={`/members/${user.id}`} className="font-medium text-brand-800 underline">
              {t("viewProfile")}
            </Link>
          </li>
        </ul>
      </Card>
      <Card title={t("myNetworks")}>
        {networks.length === 0 ? (
          <p className="text-slate-700">
            {t("noNetworks")}{" "}
            <Link href="/networks" className="font-medium text-brand-700 underline">
              {t("browseNetworks")}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2">
            {networks.map((network) => (
              <li key={network.slug} className="flex items-center gap-2">
                <Link href={`/networks/${network.slug}`} className="font-medium text-brand-800 underline">
                  {network.name}
                </Link>
                <Badge tone="brand">{tRole(network.role)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={(await getTranslations("introductions"))("title")}>
        <Link href="/introductions" className="font-medium text-brand-800 underline">
          {(await getTranslations("introductions"))("accountLink")}
        </Link>
      </Card>
      <Card title={(await getTranslations("events"))("calendarFeeds")}>
        <p className="mb-2 text-slate-700">{t("calendarIntro")}</p>
        <Link href="/account/calendar" className="font-medium text-brand-800 underline">
          {t("calendarLink")}
        </Link>
      </Card>
      <Card title={t("notificationsTitle")}>
        <p className="mb-2 text-slate-700">{t("notificationsIntro")}</p>
        <Link href="/account/notifications" className="font-medium text-brand-800 underline">
          {t("notificationsLink")}
        </Link>
      </Card>
      <Card title={t("security")}>
        <p className="mb-4 text-slate-700">{t("signOutEverywhereIntro")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            {t("signOutEverywhere")}
          </button>
        </form>
      </Card>
    </div>
  );
}
