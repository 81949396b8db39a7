import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FacetList } from "@/components/facet-list";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { Pagination } from "@/components/pagination";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { directoryHref, searchParamsToInput } from "@/lib/directory/schema";
import { getDirectoryPage } from "@/lib/directory/service";
import { AppError } from "@/lib/errors";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { DirectoryFilters } from "./_components/directory-filters";
import { filterOptions } from "./_components/filter-options";
import { MemberCard } from "./_components/member-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory"))("title") };
}

type Loaded = { data: Awaited<ReturnType<typeof getDirectoryPage>> } | { forbidden: string } | { invalid: Record<string, string[]> };

async function load(actorId: string, searchParams: Record<string, string | string[] | undefined>): Promise<Loaded> {
  try {
    return { data: await getDirectoryPage({ ...searchParamsToInput(searchParams), actorId }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { invalid: error.fieldErrors ?? {} };
    if (error instanceof AppError && error.code === "FORBIDDEN") return { forbidden: error.messageKey };
    throw error;
  }
}

export default async function DirectoryPage({ params, searchParams }: PageProps<"/[locale]/directory">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const returnTo = new URLSearchParams(Object.entries(search).flatMap(([key, value]) => (Array.isArray(value) ? value.map((item) => [key, item]) : value ? [[key, value]] : []))).toString();
  const user = await requireUser(locale, `/${locale}/directory${returnTo ? `?${returnTo}` : ""}`);
  const t = await getTranslations("directory");
  const tAll = await getTranslations();
  const loaded = await load(user.id, search);
  if ("forbidden" in loaded) return <ForbiddenNotice messageKey={loaded.forbidden} />;

  const data = "data" in loaded ? loaded.data : null;
  const query = data?.query;
  const options = filterOptions(locale, t, data?.networks ?? []);
  const networkNames = new Map((data?.networks ?? []).map((network) => [network.slug, network.name]));
  const values = query
    ? { ...query, country: query.country?.toLowerCase(), relation: query.relation?.toLowerCase(), minLevel: query.minLevel?.toLowerCase(), exporting: query.exporting?.toString() }
    : {};

  const facetHref = (parameter: "country" | "language" | "sector") => (value: string) => directoryHref(query ?? {}, { [parameter]: value, page: undefined });
  const facetCount = (count: number) => t("facetCount", { count });

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </header>
      {data && (
        <a href="#results" className="inline-block font-medium text-brand-800 underline lg:hidden">
          {t("jumpToResults", { count: data.total })}
        </a>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <aside className="min-w-0 space-y-6">
          <Card as="div">
            <h2 id="filters-heading" className="mb-3 text-xl font-semibold">
              {t("filters")}
            </h2>
            {/* Remounted per search, so that its fields show the filters in the URL after a link or the back button. */}
            <DirectoryFilters key={query ? directoryHref(query) : "invalid"} labelledBy="filters-heading" values={values} {...options} />
          </Card>
          {data && query && (
            <Card title={t("refine")}>
              <div className="space-y-5">
                <FacetList title={t("facetCountries")} selected={query.country} hrefFor={facetHref("country")} countLabel={facetCount} entries={Object.entries(data.facets.country).map(([code, count]) => ({ value: code.toLowerCase(), label: countryName(locale, code), count }))} />
                <FacetList title={t("facetLanguages")} selected={query.language} hrefFor={facetHref("language")} countLabel={facetCount} entries={Object.entries(data.facets.language).map(([code, count]) => ({ value: code, label: languageName(locale, code), count }))} />
                <FacetList title={t("facetSectors")} selected={query.sector} hrefFor={facetHref("sector")} countLabel={facetCount} entries={Object.entries(data.facets.sector).map(([code, count]) => ({ value: code, label: t(`sectors.${code}`), count }))} />
              </div>
            </Card>
          )}
        </aside>
        <section id="results" className="min-w-0 scroll-mt-4 space-y-4 lg:col-span-2" aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {t("results")}
          </h2>
          <p role="status" aria-live="polite" className="text-lg font-medium text-slate-900">
            {data ? t("resultCount", { count: data.total }) : null}
          </p>
          {"invalid" in loaded && (
            <Alert tone="error">
              <p>{t("invalid", { fields: Object.keys(loaded.invalid).join(", ") })}</p>
              <ul className="mt-1 list-disc ps-5">
                {Object.entries(loaded.invalid).map(([field, keys]) => (
                  <li key={field}>
                    <code>{field}</code>: {keys.map((key) => tAll(key)).join(" ")}
                  </li>
                ))}
              </ul>
              <Link href="/directory" className="mt-2 inline-block font-medium underline">
                {t("clear")}
              </Link>
            </Alert>
          )}
          {query?.country && (
            <p>
              <Link href={`/markets/${query.country.toLowerCase()}`} className="font-medium text-brand-800 underline">
                {t("marketLink", { country: countryName(locale, query.country) })}
              </Link>
            </p>
          )}
          {data && data.items.length === 0 && (
            <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="font-medium text-slate-900">{t("empty")}</p>
              <p className="mt-1 text-slate-700">{t("emptyHint")}</p>
            </div>
          )}
          {data && data.items.length > 0 && (
            <ul className="space-y-3">
              {data.items.map((item) => (
                <li key={item.id}>
                  <MemberCard item={item} locale={locale} networkNames={networkNames} />
                </li>
              ))}
            </ul>
          )}
          {data && query && <Pagination page={query.page} pageCount={data.pageCount} href={(page) => directoryHref(query, { page })} />}
        </section>
      </div>
    </div>
  );
}
