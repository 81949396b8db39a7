import { MessageSquare } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { HighlightedText } from "@/components/highlighted-text";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/i18n/display-names";
import type { KnowledgeHit } from "@/lib/knowledge/search";

export async function HitCard({ hit, locale }: { hit: KnowledgeHit; locale: string }) {
  const t = await getTranslations("knowledge");
  const format = await getFormatter();
  return (
    <article className="space-y-2 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby={`hit-${hit.id}`}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="brand">{t(`type.${hit.type}`)}</Badge>
        {hit.type === "question" && (
          <span className="inline-flex items-center gap-1 text-slate-700">
            <MessageSquare aria-hidden="true" className="size-3.5" />
            {t("answerCount", { count: hit.answerCount })}
            {hit.accepted && <span className="sr-only">, </span>}
          </span>
        )}
        {hit.accepted && <Badge tone="green">{t("hasAccepted")}</Badge>}
      </div>
      <h3 id={`hit-${hit.id}`} className="text-lg font-semibold">
        <Link href={`/knowledge/${hit.id}`} className="text-brand-800 underline-offset-2 hover:underline">
          <HighlightedText value={hit.title} />
        </Link>
      </h3>
      <p className="text-slate-700">
        <HighlightedText value={hit.snippet} />
      </p>
      <p className="text-sm text-slate-600">
        {[...new Set(hit.countries)].map((code) => countryName(locale, code)).join(", ")} · {hit.authorName} ·{" "}
        <time dateTime={hit.publishedAt.toISOString()}>{format.dateTime(hit.publishedAt, { dateStyle: "medium" })}</time>
      </p>
    </article>
  );
}
