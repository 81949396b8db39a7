import { defineRouting } from "next-intl/routing";

export const locales = ["en", "sv", "ar"] as const;
export type Locale = (typeof locales)[number];
export const rtlLocales: ReadonlySet<Locale> = new Set(["ar"]);

export const routing = defineRouting({ locales, defaultLocale: "en", localePrefix: "always" });

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
export const directionOf = (locale: Locale) => (rtlLocales.has(locale) ? "rtl" : "ltr");
