"use client";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { locales } from "@/i18n/routing";
import { cn } from "./ui/cn";

const names: Record<(typeof locales)[number], string> = { en: "English", sv: "Svenska", ar: "العربية" };

/** Links rather than a select: works without JavaScript and each language is named in itself. */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label={label} className="flex items-center rounded-lg border border-slate-200 p-0.5">
      {locales.map((locale) => (
        <Link
          key={locale}
          href={query ? `${pathname}?${query}` : pathname}
          locale={locale}
          lang={locale}
          hrefLang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={cn("rounded-md px-2 py-1 text-xs font-medium", locale === current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100")}
        >
          <span className="hidden sm:inline">{names[locale]}</span>
          <span className="sm:hidden" aria-hidden="true">
            {locale.toUpperCase()}
          </span>
          <span className="sr-only sm:hidden">{names[locale]}</span>
        </Link>
      ))}
    </nav>
  );
}
