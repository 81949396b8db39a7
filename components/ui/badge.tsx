import { cn } from "./cn";

export function Badge({ tone = "neutral", children }: { tone?: "neutral" | "brand" | "amber" | "green"; children: React.ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium",
        tone === "neutral" && "bg-slate-100 text-slate-800",
        tone === "brand" && "bg-brand-50 text-brand-800",
        tone === "amber" && "bg-amber-100 text-amber-900",
        tone === "green" && "bg-emerald-100 text-emerald-900",
      )}
    >
      {children}
    </span>
  );
}
