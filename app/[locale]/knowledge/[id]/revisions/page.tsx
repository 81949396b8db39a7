import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listRevisions } from "@/lib/knowledge/queries";
import { loadForPage } from "@/lib/page-errors";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { SideBySide } from "../../_components/side-by-side";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("revisionsTitle") };
}

const FIELDS = ["title", "summary", "body", "storyWorked", "storyDidNotWork", "storyContacts"] as const;
const numberParam = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

/** Every saved version of an article or story; two of them compared side by side (by default the latest two). */
export default async function RevisionsPage({ params, searchParams }: PageProps<"/[locale]/knowledge/[id]/revisions">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const loaded = await loadForPage(() => listRevisions({ actorId: user?.id ?? null, itemId: id }));
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const { item, revisions } = loaded.data;
  const t = await getTranslations("knowledge");
  const format = await getFormatter();
  const search = await searchParams;
  const numbers = revisions.map((revision) => revision.number);
  const to = revisions.find((revision) => revision.number === numberParam(search.to)) ?? revisions[0];
  const from = revisions.find((revision) => revision.number === numberParam(search.from)) ?? revisions.find((revision) => revision.number < (to?.number ?? 0)) ?? to;
  const label = (revision: (typeof revisions)[number]) =>
    t("revisionLabel", { number: revision.number, date: format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" }), name: revision.editor?.name ?? "—" });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/knowledge/${item.id}`} className="font-medium text-brand-800 underline">
            {t("backToItem", { title: item.title })}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{t("revisionsTitle")}</h1>
        <p className="text-slate-700">{t("revisionsIntro", { count: numbers.length })}</p>
      </header>
      {from && to && (
        <>
          <form method="get" className="flex flex-wrap items-end gap-4 rounded-2xl border border-slate-200 bg-white p-4" aria-label={t("compareLabel")}>
            {(["from", "to"] as const).map((name) => (
              <label key={name} className="space-y-1 text-sm font-medium text-slate-800">
                <span className="block">{t(`compare.${name}`)}</span>
                <select name={name} defaultValue={(name === "from" ? from : to).number} className="block rounded-lg border border-slate-300 bg-white px-3 py-2">
                  {revisions.map((revision) => (
                    <option key={revision.number} value={revision.number}>
                      {label(revision)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit" className={buttonClasses("secondary")}>
              {t("compareSubmit")}
            </button>
          </form>
          <div className="grid gap-3 text-sm font-medium text-slate-700 md:grid-cols-2">
            <p>{label(from)}</p>
            <p>{label(to)}</p>
          </div>
          {FIELDS.filter((field) => from[field] || to[field]).map((field) => (
            <SideBySide key={field} label={t(`field.${field}`)} before={from[field] ?? ""} after={to[field] ?? ""} beforeLabel={label(from)} afterLabel={label(to)} />
          ))}
        </>
      )}
    </div>
  );
}
