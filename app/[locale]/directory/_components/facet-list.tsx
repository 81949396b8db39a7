import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { Link } from "@/i18n/navigation";
import { directoryHref, type DirectoryQuery } from "@/lib/directory/schema";

export type FacetEntry = { value: string; label: string; count: number };

const SHOWN = 10;

/** Counts among the current results; each entry narrows the search to that value (replacing the same filter). */
export async function FacetList({ title, parameter, entries, query }: { title: string; parameter: "country" | "language" | "sector"; entries: FacetEntry[]; query: DirectoryQuery }) {
  if (!entries.length) return null;
  const t = await getTranslations("directory");
  const selected = query[parameter]?.toLowerCase();
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="space-y-1 text-sm">
        {entries.slice(0, SHOWN).map((entry) => {
          const current = selected === entry.value.toLowerCase();
          return (
          <li key={entry.value} className="flex items-center justify-between gap-3">
            <Link
              href={directoryHref(query, { [parameter]: entry.value, page: undefined })}
              aria-current={current ? "true" : undefined}
              className={cn("truncate text-brand-800", current ? "font-semibold" : "underline")}
            >
              {entry.label}
            </Link>
            <span className="tabular-nums text-slate-700" aria-hidden="true">
              {entry.count}
            </span>
            <span className="sr-only">{t("facetCount", { count: entry.count })}</span>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
