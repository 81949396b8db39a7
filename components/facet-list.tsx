import { cn } from "@/components/ui/cn";
import { Link } from "@/i18n/navigation";

export type FacetEntry = { value: string; label: string; count: number };

const SHOWN = 10;

/**
 * Counts among the current results of a search (the directory, the knowledge bank); each
 * entry links to the same search narrowed to that value.
 */
export function FacetList({
  title,
  entries,
  selected,
  hrefFor,
  countLabel,
}: {
  title: string;
  entries: FacetEntry[];
  selected?: string;
  hrefFor: (value: string) => string;
  /** The count for screen readers, e.g. "12 members". */
  countLabel: (count: number) => string;
}) {
  if (!entries.length) return null;
  const sorted = [...entries].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="space-y-1 text-sm">
        {sorted.slice(0, SHOWN).map((entry) => {
          const current = selected?.toLowerCase() === entry.value.toLowerCase();
          return (
            <li key={entry.value} className="flex items-center justify-between gap-3">
              <Link href={hrefFor(entry.value)} aria-current={current ? "true" : undefined} className={cn("truncate text-brand-800", current ? "font-semibold" : "underline")}>
                {entry.label}
              </Link>
              <span className="tabular-nums text-slate-700" aria-hidden="true">
                {entry.count}
              </span>
              <span className="sr-only">{countLabel(entry.count)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
