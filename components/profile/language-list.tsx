import { getTranslations } from "next-intl/server";
import type { LanguageLevel } from "@/generated/prisma/enums";
import { languageName } from "@/lib/i18n/display-names";

/** Languages with their levels, e.g. "Spanish · Native". */
export async function LanguageList({ languages, locale }: { languages: { code: string; level: LanguageLevel }[]; locale: string }) {
  const t = await getTranslations("profile");
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {languages.map((language) => (
        <li key={language.code} className="flex items-baseline justify-between gap-3 rounded-lg bg-slate-50 px-3 py-2" data-testid="language">
          <span className="font-medium text-slate-900">{languageName(locale, language.code)}</span>
          <span className="text-sm text-slate-700">{t(`levels.${language.level}`)}</span>
        </li>
      ))}
    </ul>
  );
}
