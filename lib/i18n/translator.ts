import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";

// Translations outside a request (socket acknowledgements, emails sent by the job queue), from
// the same catalogues as the pages. A missing message shows its key; the message tests keep the
// catalogues complete.
const catalogues = { en, sv, ar } as const;
export type CatalogueLocale = keyof typeof catalogues;

export const catalogueLocale = (locale: string): CatalogueLocale => (locale in catalogues ? (locale as CatalogueLocale) : "en");

export function translatorFor(locale: string) {
  const chosen = catalogueLocale(locale);
  const t = createTranslator({
    locale: chosen,
    messages: catalogues[chosen] as Record<string, unknown>,
    onError: () => {},
    getMessageFallback: ({ key, namespace }) => [namespace, key].filter(Boolean).join("."),
  });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never) as string;
}
