import { useId } from "react";
import { cn } from "./cn";

/** A white panel; with a title it becomes a labelled section with an h2. */
export function Card({ className, children, title, as: Tag = "section" }: { className?: string; children: React.ReactNode; title?: React.ReactNode; as?: "section" | "article" | "div" }) {
  const headingId = useId();
  return (
    <Tag className={cn("rounded-2xl border border-slate-200 bg-white p-6 shadow-sm", className)} aria-labelledby={title ? headingId : undefined}>
      {title && (
        <h2 id={headingId} className="mb-3 flex items-center gap-2 text-xl font-semibold">
          {title}
        </h2>
      )}
      {children}
    </Tag>
  );
}
