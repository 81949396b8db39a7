import { getLocale, getTranslations } from "next-intl/server";
import { AskForm } from "@/app/[locale]/introductions/_components/ask-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countryName } from "@/lib/i18n/display-names";
import { getIntroductionPanel } from "@/lib/introductions/queries";

const linkClasses = "font-medium text-brand-800 underline underline-offset-2";

/**
 * "Ask for an introduction" on a member's profile: choose one of the countries the member
 * knows (those the viewer may see) and give a reason. When asking is not possible it says
 * why. Nothing is shown on one's own profile or when the member's countries are hidden.
 */
export async function IntroductionRequest({ memberId }: { memberId: string }) {
  const user = await getCurrentUser();
  const panel = await getIntroductionPanel({ actorId: user?.id ?? null, targetId: memberId });
  if (!panel || panel.unavailable === "self") return null;
  const locale = await getLocale();
  const t = await getTranslations("introductions");
  const name = panel.targetName ?? "";
  const introductionsLink = (chunks: React.ReactNode) => (
    <Link href="/introductions" className={linkClasses}>
      {chunks}
    </Link>
  );
  const collator = new Intl.Collator(locale);
  const countries = panel.countries.map((country) => ({ ...country, name: countryName(locale, country.code) })).sort((a, b) => collator.compare(a.name, b.name));
  const pending = countries.filter((country) => country.pending);

  return (
    <Card title={t("askTitle")}>
      <div className="space-y-4" data-testid="introduction-request">
        {panel.unavailable === "signedOut" ? (
          <div className="space-y-3">
            <p className="text-slate-700">{t("unavailable.signedOut")}</p>
            <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/members/${memberId}` } }} className={buttonClasses("secondary", "sm")}>
              {t("signIn")}
            </Link>
          </div>
        ) : panel.unavailable === "membersOnly" ? (
          <p className="text-slate-700">
            {t.rich("unavailable.membersOnly", {
              networks: (chunks) => (
                <Link href="/networks" className={linkClasses}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : panel.unavailable ? (
          <p className="text-slate-700" data-reason={panel.unavailable}>
            {t.rich(`unavailable.${panel.unavailable}`, { name, max: panel.max, link: introductionsLink })}
          </p>
        ) : (
          <>
            <p className="text-slate-700">{t("askIntro", { name })}</p>
            {/* Remounted when the pending set changes, so a sent request clears the form. */}
            <AskForm key={pending.map((country) => country.code).join()} targetId={memberId} countries={countries} />
          </>
        )}
        {pending.length > 0 && !panel.unavailable && (
          <p className="text-sm text-slate-700">
            {t.rich("alreadyPending", { countries: pending.map((country) => country.name).join(", "), link: introductionsLink })}
          </p>
        )}
      </div>
    </Card>
  );
}
