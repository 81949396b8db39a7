import { diffWordsWithSpace } from "diff";

/**
 * One field of two revisions side by side: the older text with its removed words struck
 * through on the left, the newer with its added words marked on the right.
 */
export function SideBySide({ label, before, after, beforeLabel, afterLabel }: { label: string; before: string; after: string; beforeLabel: string; afterLabel: string }) {
  const changes = diffWordsWithSpace(before, after);
  const unchanged = before === after;
  return (
    <section aria-label={label} className="space-y-2">
      <h3 className="font-semibold text-slate-900">{label}</h3>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="min-w-0 whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-3 text-sm leading-relaxed" >
          <span className="sr-only">{beforeLabel}: </span>
          {changes
            .filter((change) => !change.added)
            .map((change, index) =>
              change.removed ? (
                <del key={index} className="bg-red-100 text-red-900">
                  {change.value}
                </del>
              ) : (
                <span key={index}>{change.value}</span>
              ),
            )}
        </div>
        <div className="min-w-0 whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-3 text-sm leading-relaxed" >
          <span className="sr-only">{afterLabel}: </span>
          {unchanged
            ? after
            : changes
                .filter((change) => !change.removed)
                .map((change, index) =>
                  change.added ? (
                    <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
                      {change.value}
                    </ins>
                  ) : (
                    <span key={index}>{change.value}</span>
                  ),
                )}
        </div>
      </div>
    </section>
  );
}
