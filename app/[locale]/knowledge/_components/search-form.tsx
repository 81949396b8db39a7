import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { Link } from "@/i18n/navigation";
import { KNOWLEDGE_TYPES, type KnowledgeQuery } from "@/lib/knowledge/schema";
import { KNOWLEDGE_TOPICS } from "@/lib/knowledge/topics";

/** A plain GET form: it works without JavaScript and the URL carries the whole search. */
export async function KnowledgeSearchForm({ action, query, countries, languages }: { action: string; query: Partial<KnowledgeQuery>; countries: SelectOption[]; languages: SelectOption[] }) {
  const t = await getTranslations("knowledge");
  return (
    <form method="get" action={action} role="search" aria-label={t("searchLabel")} className="space-y-4">
      <TextField label={t("q")} name="q" type="search" maxLength={200} defaultValue={query.q ?? ""} hint={t("qHint")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("type.label")} name="type" defaultValue={query.type ?? ""} placeholder={t("anyType")} options={KNOWLEDGE_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))} />
        <SelectField label={t("country")} name="country" defaultValue={query.country ?? ""} placeholder={t("anyCountry")} options={countries} />
        <SelectField label={t("topicLabel")} name="topic" defaultValue={query.topic ?? ""} placeholder={t("anyTopic")} options={KNOWLEDGE_TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) }))} />
        <SelectField label={t("language")} name="language" defaultValue={query.language ?? ""} placeholder={t("anyLanguage")} options={languages} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses()}>
          {t("search")}
        </button>
        <Link href="/knowledge" className="text-sm font-medium text-brand-800 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
