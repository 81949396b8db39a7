import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getPreferences, preferenceKinds } from "@/lib/notifications/preferences";
import { DIGEST_PREFERENCE } from "@/lib/notifications/schema";
import { PreferencesForm, type PreferenceGroup } from "./_components/preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationPreferences"))("title") };
}

// Kinds are grouped by the part of the platform they come from; trips are events.
const GROUPS = ["network", "introduction", "knowledge", "event", "chat"] as const;
const groupOf = (kind: string) => {
  const prefix = kind.split(".")[0]!;
  return prefix === "trip" ? "event" : prefix;
};

export default async function NotificationPreferencesPage({ params }: PageProps<"/[locale]/account/notifications">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/notifications`);
  const t = await getTranslations("notificationPreferences");
  const tKinds = await getTranslations("notificationKinds");
  const saved = await getPreferences({ actorId: user.id });

  const kinds = preferenceKinds.filter((kind) => kind !== DIGEST_PREFERENCE);
  const groups: PreferenceGroup[] = GROUPS.map((group) => ({
    id: group,
    title: t(`groups.${group}`),
    // Catalogue keys cannot contain dots: network.join_approved → network_join_approved.
    kinds: kinds.filter((kind) => groupOf(kind) === group).map((kind) => ({ kind, label: tKinds(kind.replace(".", "_")) })),
  }));

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/account" className="font-medium text-brand-800 underline">
            {t("backToAccount")}
          </Link>
          <Link href="/notifications" className="font-medium text-brand-800 underline">
            {t("toCentre")}
          </Link>
        </p>
      </header>
      <PreferencesForm groups={groups} saved={saved} />
    </div>
  );
}
