import { cn } from "./cn";

export function Card({ className, children, as: Tag = "section", ...rest }: { className?: string; children: React.ReactNode; as?: "section" | "article" | "div"; "aria-labelledby"?: string }) {
  return (
    <Tag className={cn("rounded-2xl border border-slate-200 bg-white p-6 shadow-sm", className)} {...rest}>
      {children}
    </Tag>
  );
}
