import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { countryOptions, languageOptions } from "@/lib/i18n/options";
import { getProfileEditor } from "@/lib/profiles/profile-editor";
import { PhotoForm } from "./_components/photo-form";
import { ProfileForm } from "./_components/profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfileEditorPage({ params }: PageProps<"/[locale]/account/profile">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/profile`);
  const t = await getTranslations("profile");
  const profile = await getProfileEditor({ actorId: user.id });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-1">
          <Link href={`/members/${profile.id}`} className="font-medium text-brand-800 underline">
            {t("viewProfile")}
          </Link>
          <Link href="/account/company" className="font-medium text-brand-800 underline">
            {t("editCompany")}
          </Link>
        </p>
      </header>
      <Card title={t("photoTitle")}>
        <PhotoForm memberId={profile.id} name={profile.name} photoVersion={profile.photoVersion} />
      </Card>
      <ProfileForm profile={profile} countryOptions={countryOptions(locale)} languageOptions={languageOptions(locale)} />
    </div>
  );
}
