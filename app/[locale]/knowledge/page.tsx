import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FacetList } from "@/components/facet-list";
import { Pagination } from "@/components/pagination";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchParamsToInput } from "@/lib/directory/schema";
import { AppError } from "@/lib/errors";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { countryOptions, languageOptions } from "@/lib/i18n/options";
import { knowledgeHref, type KnowledgeParameter } from "@/lib/knowledge/schema";
import { searchKnowledge } from "@/lib/knowledge/search";
import { HitCard } from "./_components/hit-card";
import { KnowledgeSearchForm } from "./_components/search-form";
import { WriteLinks } from "@/components/knowledge-write-links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("title") };
}

async function load(actorId: string | null, searchParams: Record<string, string | string[] | undefined>) {
  try {
    return { data: await searchKnowledge({ ...searchParamsToInput(searchParams), actorId }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { invalid: error.fieldErrors ?? {} };
    throw error;
  }
}

export default async function KnowledgePage({ params, searchParams }: PageProps<"/[locale]/knowledge">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const t = await getTranslations("knowledge");
  const tAll = await getTranslations();
  const loaded = await load(user?.id ?? null, await searchParams);
  const data = loaded.data;
  const query = data?.query;
  const facetHref = (parameter: KnowledgeParameter) => (value: string) => knowledgeHref(query ?? {}, { [parameter]: value, page: undefined });
  const facetCount = (count: number) => t("facetCount", { count });
  // Beyond CANDIDATE_CAP matches the search stops counting: say "more than", never a made-up number.
  const resultCount = (count: number, capped: boolean, q?: string) =>
    capped ? (q ? t("resultCountCappedFor", { count, q }) : t("resultCountCapped", { count })) : q ? t("resultCountFor", { count, q }) : t("resultCount", { count });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-lg text-slate-700">{t("intro")}</p>
        </div>
        <WriteLinks signedIn={Boolean(user)} />
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <aside className="min-w-0 space-y-6">
          <Card as="div">
            <KnowledgeSearchForm action={`/${locale}/knowledge`} query={query ?? {}} countries={countryOptions(locale)} languages={languageOptions(locale)} />
          </Card>
          {data && query && data.total > 0 && (
            <Card title={t("refine")}>
              <div className="space-y-5">
                {data.capped && <p className="text-sm text-slate-700">{t("facetsCapped", { count: data.total })}</p>}
                <FacetList title={t("type.label")} selected={query.type} hrefFor={facetHref("type")} countLabel={facetCount} entries={Object.entries(data.facets.type).map(([type, count]) => ({ value: type, label: t(`type.${type}`), count }))} />
                <FacetList title={t("countries")} selected={query.country} hrefFor={facetHref("country")} countLabel={facetCount} entries={Object.entries(data.facets.country).map(([code, count]) => ({ value: code.toLowerCase(), label: countryName(locale, code), count }))} />
                <FacetList title={t("topics")} selected={query.topic} hrefFor={facetHref("topic")} countLabel={facetCount} entries={Object.entries(data.facets.topic).map(([topic, count]) => ({ value: topic, label: t(`topic.${topic}`), count }))} />
                <FacetList title={t("languages")} selected={query.language} hrefFor={facetHref("language")} countLabel={facetCount} entries={Object.entries(data.facets.language).map(([code, count]) => ({ value: code, label: languageName(locale, code), count }))} />
              </div>
            </Card>
          )}
        </aside>
        <section className="min-w-0 space-y-4 lg:col-span-2" aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("results")}
          </h2>
          <p role="status" aria-live="polite" className="text-lg font-medium text-slate-900">
            {data ? resultCount(data.total, data.capped, query?.q) : null}
          </p>
          {loaded.invalid && (
            <Alert tone="error">
              <ul className="list-disc ps-5">
                {Object.entries(loaded.invalid).map(([field, keys]) => (
                  <li key={field}>
                    <code>{field}</code>: {keys.map((key) => tAll(key)).join(" ")}
                  </li>
                ))}
              </ul>
              <Link href="/knowledge" className="mt-2 inline-block font-medium underline">
                {t("clear")}
              </Link>
            </Alert>
          )}
          {data?.fuzzy && <Alert tone="info">{t("fuzzyNotice")}</Alert>}
          {data && data.items.length === 0 && (
            <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="font-medium text-slate-900">{t("empty")}</p>
              <p className="mt-1 text-slate-700">{user ? t("emptyHintMember") : t("emptyHintVisitor")}</p>
            </div>
          )}
          {data && data.items.length > 0 && (
            <ul className="space-y-3">
              {data.items.map((hit) => (
                <li key={hit.id}>
                  <HitCard hit={hit} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          {data && query && <Pagination page={query.page} pageCount={data.pageCount} href={(page) => knowledgeHref(query, { page })} />}
        </section>
      </div>
    </div>
  );
}
