import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

export const buttonClasses = (variant: ButtonVariant = "primary", size: "md" | "sm" = "md") =>
  cn(
    "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
    "disabled:cursor-not-allowed disabled:opacity-60",
    size === "md" ? "px-4 py-2.5 text-sm" : "px-3 py-1.5 text-sm",
    variant === "primary" && "bg-brand-700 text-white hover:bg-brand-800",
    variant === "secondary" && "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    variant === "danger" && "bg-red-700 text-white hover:bg-red-800",
    variant === "ghost" && "text-slate-700 hover:bg-slate-100",
  );

export function Button({ variant, size, className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: "md" | "sm" }) {
  return <button type={type} className={cn(buttonClasses(variant, size), className)} {...props} />;
}
