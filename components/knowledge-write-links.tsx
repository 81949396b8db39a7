import { HelpCircle, PenLine, Route } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";

/** Where to write an article, tell a story or ask a question (signed in), and one's own drafts. */
export async function WriteLinks({ signedIn, country }: { signedIn: boolean; country?: string }) {
  const t = await getTranslations("knowledge");
  if (!signedIn) return null;
  const query = country ? { country: country.toLowerCase() } : undefined;
  return (
    <nav aria-label={t("writeNav")} className="flex flex-wrap gap-2">
      <Link href={{ pathname: "/knowledge/new/article", query }} className={buttonClasses("primary", "sm")}>
        <PenLine aria-hidden="true" className="size-4" />
        {t("writeArticle")}
      </Link>
      <Link href={{ pathname: "/knowledge/new/story", query }} className={buttonClasses("secondary", "sm")}>
        <Route aria-hidden="true" className="size-4" />
        {t("tellStory")}
      </Link>
      <Link href={{ pathname: "/knowledge/new/question", query }} className={buttonClasses("secondary", "sm")}>
        <HelpCircle aria-hidden="true" className="size-4" />
        {t("askQuestion")}
      </Link>
      <Link href="/knowledge/mine" className={buttonClasses("ghost", "sm")}>
        {t("mine")}
      </Link>
    </nav>
  );
}
