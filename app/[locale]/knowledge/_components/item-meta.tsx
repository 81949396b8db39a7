import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { knowledgeHref } from "@/lib/knowledge/schema";

/** Who wrote an item, where and when, and its tags, each tag leading on. */
export async function ItemMeta({
  locale,
  item,
}: {
  locale: string;
  item: { author: { id: string; name: string }; network: { slug: string; name: string }; publishedAt: Date | null; updatedAt: Date; language: string; countries: string[]; topics: string[]; sector: string | null };
}) {
  const t = await getTranslations("knowledge");
  const tCompany = await getTranslations("company");
  const format = await getFormatter();
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>
        {t.rich("byline", {
          author: () => (
            <Link href={`/members/${item.author.id}`} className="font-medium text-brand-800 underline">
              {item.author.name}
            </Link>
          ),
          network: () => (
            <Link href={`/networks/${item.network.slug}`} className="font-medium text-brand-800 underline">
              {item.network.name}
            </Link>
          ),
        })}{" "}
        · <time dateTime={(item.publishedAt ?? item.updatedAt).toISOString()}>{format.dateTime(item.publishedAt ?? item.updatedAt, { dateStyle: "long" })}</time> ·{" "}
        {t("writtenIn", { language: languageName(locale, item.language) })}
      </p>
      <ul className="flex flex-wrap gap-2" aria-label={t("tags")}>
        {item.countries.map((code) => (
          <li key={code}>
            <Link href={`/markets/${code.trim().toLowerCase()}`} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800 underline">
              {countryName(locale, code.trim())}
            </Link>
          </li>
        ))}
        {item.topics.map((topic) => (
          <li key={topic}>
            <Link href={knowledgeHref({ topic: topic as never })} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-800 underline">
              {t(`topic.${topic}`)}
            </Link>
          </li>
        ))}
        {item.sector && (
          <li>
            <Badge>{tCompany(`sni.${item.sector}`)}</Badge>
          </li>
        )}
      </ul>
    </div>
  );
}
