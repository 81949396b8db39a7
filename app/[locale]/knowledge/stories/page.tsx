import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countryName } from "@/lib/i18n/display-names";
import { loadForPage } from "@/lib/page-errors";
import { searchKnowledge } from "@/lib/knowledge/search";
import { HitCard } from "../_components/hit-card";
import { WriteLinks } from "@/components/knowledge-write-links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("storiesTitle") };
}

/** Export stories, newest first, grouped under the market each firm went into. */
export default async function StoriesPage({ params, searchParams }: PageProps<"/[locale]/knowledge/stories">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = (await searchParams).page;
  const user = await getCurrentUser();
  const t = await getTranslations("knowledge");
  const loaded = await loadForPage(() => searchKnowledge({ actorId: user?.id ?? null, type: "story", ...(page ? { page } : {}) }));
  const data = loaded.data;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <p>
            <Link href="/knowledge" className="font-medium text-brand-800 underline">
              {t("backToKnowledge")}
            </Link>
          </p>
          <h1 className="text-3xl font-semibold tracking-tight">{t("storiesTitle")}</h1>
          <p className="text-lg text-slate-700">{t("storiesIntro")}</p>
        </div>
        <WriteLinks signedIn={Boolean(user)} />
      </header>
      {!data || data.items.length === 0 ? (
        <p className="text-slate-700">{t("noStories")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {data.items.map((hit) => (
            <li key={hit.id} className="space-y-1">
              {hit.storyMarket && <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("storyInto", { country: countryName(locale, hit.storyMarket) })}</p>}
              <HitCard hit={hit} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {data && <Pagination page={data.query.page} pageCount={data.pageCount} href={(number) => (number > 1 ? `/knowledge/stories?page=${number}` : "/knowledge/stories")} />}
    </div>
  );
}
