import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ListedKnowledgeItem } from "@/lib/knowledge/queries";

/** A compact list of knowledge items (market and network pages): title, kind, author, date. */
export async function KnowledgeItems({ items, empty }: { items: ListedKnowledgeItem[]; empty: string }) {
  const t = await getTranslations("knowledge");
  const format = await getFormatter();
  if (items.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="space-y-0.5">
          <Link href={`/knowledge/${item.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
            {item.title}
          </Link>
          <p className="text-sm text-slate-600">
            {t(`type.${item.kind.toLowerCase()}`)} · {item.author.name}
            {item.publishedAt && (
              <>
                {" "}
                · <time dateTime={item.publishedAt.toISOString()}>{format.dateTime(item.publishedAt, { dateStyle: "medium" })}</time>
              </>
            )}
            {item.kind === "QUESTION" && ` · ${t("answerCount", { count: item.answerCount })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
