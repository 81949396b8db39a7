import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { countryName } from "@/lib/i18n/display-names";
import { listIntroductions } from "@/lib/introductions/queries";
import { MAX_PENDING_INTRODUCTIONS } from "@/lib/introductions/rules";
import type { IntroductionStatus } from "@/generated/prisma/enums";
import { withdrawIntroductionAction } from "./actions";
import { RespondForm } from "./_components/respond-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("introductions"))("title") };
}

const tone = { PENDING: "amber", ACCEPTED: "green", DECLINED: "neutral", WITHDRAWN: "neutral" } as const satisfies Record<IntroductionStatus, string>;
const linkClasses = "font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900";

type Item = Awaited<ReturnType<typeof listIntroductions>>["received"][number];

export default async function IntroductionsPage({ params }: PageProps<"/[locale]/introductions">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/introductions`);
  const t = await getTranslations("introductions");
  const format = await getFormatter();
  const { received, sent } = await listIntroductions({ actorId: user.id });
  const pendingSent = sent.filter((item) => item.status === "PENDING").length;

  /** Name, country, status, date, the reason and any response: the same for both lists. */
  const summary = (item: Item, heading: string) => (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="font-medium text-slate-900">
          {t.rich(heading, {
            name: item.person.name,
            country: countryName(locale, item.country),
            person: (chunks) => (
              <Link href={`/members/${item.person.id}`} className={linkClasses}>
                {chunks}
              </Link>
            ),
            market: (chunks) => (
              <Link href={`/markets/${item.country.toLowerCase()}`} className={linkClasses}>
                {chunks}
              </Link>
            ),
          })}
        </h3>
        <Badge tone={tone[item.status]}>{t(`status.${item.status}`)}</Badge>
      </div>
      <p className="text-xs text-slate-600">
        {t("sentOn", { date: format.dateTime(item.createdAt, { dateStyle: "medium" }) })}
        {item.decidedAt && ` · ${t("decidedOn", { date: format.dateTime(item.decidedAt, { dateStyle: "medium" }) })}`}
      </p>
      <p className="whitespace-pre-line text-slate-800">{item.reason}</p>
      {item.response && (
        <p className="border-s-4 border-slate-200 ps-3 text-sm text-slate-700">
          <span className="font-medium">{t("responseLabel")}</span> {item.response}
        </p>
      )}
    </div>
  );

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>

      <Card title={t("receivedTitle")}>
        {received.length === 0 ? (
          <p className="text-slate-700">{t("noneReceived")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {received.map((item) => (
              <li key={item.id} className="space-y-3 py-4 first:pt-0 last:pb-0" data-testid="received-introduction">
                {summary(item, "receivedHeading")}
                {item.status === "PENDING" && <RespondForm introductionId={item.id} askerName={item.person.name} />}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("sentTitle")}>
        <p className="mb-4 text-sm text-slate-700">{t("pendingUsage", { count: pendingSent, max: MAX_PENDING_INTRODUCTIONS })}</p>
        {sent.length === 0 ? (
          <p className="text-slate-700">{t("noneSent")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {sent.map((item) => (
              <li key={item.id} className="space-y-3 py-4 first:pt-0 last:pb-0" data-testid="sent-introduction">
                {summary(item, "sentHeading")}
                {item.status === "ACCEPTED" && <p className="text-sm text-emerald-900">{t("acceptedNext", { name: item.person.name })}</p>}
                {item.status === "PENDING" && (
                  <ActionButton action={withdrawIntroductionAction} fields={{ introductionId: item.id }}>
                    {t("withdraw")}
                  </ActionButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
