import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listMyKnowledge } from "@/lib/knowledge/queries";
import { WriteLinks } from "@/components/knowledge-write-links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("mineTitle") };
}

export default async function MyKnowledgePage({ params }: PageProps<"/[locale]/knowledge/mine">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/knowledge/mine`);
  const t = await getTranslations("knowledge");
  const format = await getFormatter();
  const items = await listMyKnowledge({ actorId: user.id });
  const tone = { DRAFT: "amber", PUBLISHED: "green", UNPUBLISHED: "amber" } as const;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-3">
        <p>
          <Link href="/knowledge" className="font-medium text-brand-800 underline">
            {t("backToKnowledge")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{t("mineTitle")}</h1>
        <WriteLinks signedIn />
      </header>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("mineEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0 space-y-1">
                <Link href={`/knowledge/${item.id}`} className="font-medium text-brand-800 underline">
                  {item.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {t(`type.${item.kind.toLowerCase()}`)} · {t("updated", { date: format.dateTime(item.updatedAt, { dateStyle: "medium" }) })}
                  {item.kind === "QUESTION" && ` · ${t("answerCount", { count: item.answerCount })}`}
                </p>
                {item.moderationNote && <p className="text-sm italic text-slate-700">“{item.moderationNote}”</p>}
              </div>
              <div className="flex items-center gap-3">
                <Badge tone={tone[item.status]}>{t(`status.${item.status}`)}</Badge>
                {item.status !== "UNPUBLISHED" && (
                  <Link href={`/knowledge/${item.id}/edit`} className="text-sm font-medium text-brand-800 underline">
                    {t("edit")}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
