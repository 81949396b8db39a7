import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Avatar } from "@/components/avatar";
import { CountryKnowledgeList } from "@/components/profile/country-knowledge-list";
import { LanguageList } from "@/components/profile/language-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { countryName } from "@/lib/i18n/display-names";
import { getMemberProfile } from "@/lib/profiles/member-profile";
import type { ProfileSection } from "@/lib/profiles/visibility";
import { CompanyDetails } from "./_components/company-details";
import { IntroductionRequest } from "./_components/introduction-request";
import { MessageButton } from "./_components/message-button";

/** Once per request for metadata and page. A hidden profile is a 404, like a missing one. */
const loadMember = cache(async (memberId: string) => {
  const user = await getCurrentUser();
  try {
    return await getMemberProfile({ actorId: user?.id ?? null, memberId });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps<"/[locale]/members/[id]">): Promise<Metadata> {
  const { id } = await params;
  const member = await loadMember(id);
  return { title: member.name, description: member.about?.headline ?? undefined };
}

export default async function MemberPage({ params }: PageProps<"/[locale]/members/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const member = await loadMember(id);
  const t = await getTranslations("memberPage");
  const tVisibility = await getTranslations("profile.visibilityOption");
  const { about } = member;
  // Hidden sections are absent (null) and say nothing; empty ones are shown only to the owner.
  const visibleTo = (section: ProfileSection) =>
    member.visibility && (
      <Badge tone="neutral">
        <span data-testid={`visibility-${section}`}>{t("visibleTo", { who: tVisibility(member.visibility[section]) })}</span>
      </Badge>
    );
  const sectionTitle = (title: string, section: ProfileSection) => (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {title}
      {visibleTo(section)}
    </span>
  );

  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <header className="flex flex-col gap-5 sm:flex-row sm:items-center">
          <Avatar id={member.id} name={member.name} photoVersion={member.photoVersion} size="lg" />
          <div className="space-y-2">
            <h1 className="text-3xl font-semibold tracking-tight">{member.name}</h1>
            {about?.headline && <p className="text-lg text-slate-800">{about.headline}</p>}
            {about && (about.city || about.countryOfBirth) && (
              <p className="flex flex-wrap gap-x-4 text-slate-700">
                {about.city && <span>{t("basedIn", { city: about.city })}</span>}
                {about.countryOfBirth && <span>{t("bornIn", { country: countryName(locale, about.countryOfBirth) })}</span>}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              {about?.openToIntroductions && <Badge tone="green">{t("openToIntroductions")}</Badge>}
              {visibleTo("about")}
            </div>
            <MessageButton memberId={member.id} />
          </div>
        </header>

        {member.isSelf && (
          <p className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
            {t("yourProfile")}{" "}
            <Link href="/account/profile" className="font-medium underline">
              {t("editProfile")}
            </Link>
          </p>
        )}

        {about?.bio && (
          <Card title={t("about")}>
            <p className="whitespace-pre-line leading-relaxed text-slate-800">{about.bio}</p>
          </Card>
        )}

        {member.countries && (member.countries.length > 0 || member.isSelf) && (
          <Card title={sectionTitle(t("countries"), "countries")}>
            {member.countries.length ? <CountryKnowledgeList entries={member.countries} locale={locale} /> : <p className="text-slate-700">{t("noCountries")}</p>}
          </Card>
        )}

        {member.languages && (member.languages.length > 0 || member.isSelf) && (
          <Card title={sectionTitle(t("languages"), "languages")}>
            {member.languages.length ? <LanguageList languages={member.languages} locale={locale} /> : <p className="text-slate-700">{t("noLanguages")}</p>}
          </Card>
        )}

        {(member.company || member.isSelf) && (
          <Card title={sectionTitle(t("company"), "company")}>
            {member.company ? <CompanyDetails company={member.company} locale={locale} /> : <p className="text-slate-700">{t("noCompany")}</p>}
          </Card>
        )}
      </div>

      <div className="space-y-6">
        {/*
          Introductions: the "Ask for an introduction" panel goes here, as the first element of
          this column — e.g. <IntroductionRequest memberId={member.id} /> from
          ./_components/introduction-request. It decides by itself whether to show anything.
        */}
        <IntroductionRequest memberId={member.id} />
      </div>
    </div>
  );
}
