import type { HighlightedText as Highlighted } from "@/lib/knowledge/highlight";

/** Plain text with its search matches in <mark> elements, built as React nodes (no HTML). */
export function HighlightedText({ value }: { value: Highlighted }) {
  const parts: React.ReactNode[] = [];
  let position = 0;
  for (const [start, end] of value.highlights) {
    if (start > position) parts.push(value.text.slice(position, start));
    parts.push(
      <mark key={start} className="rounded bg-amber-100 px-0.5 text-slate-950">
        {value.text.slice(start, end)}
      </mark>,
    );
    position = end;
  }
  parts.push(value.text.slice(position));
  return <>{parts}</>;
}
