import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-6 text-sm text-slate-600 sm:px-6 lg:px-8">
        <p>{t("tagline")}</p>
        <nav aria-label={t("label")} className="ms-auto flex gap-4">
          <Link href="/networks" className="hover:text-slate-900 hover:underline">
            {t("networks")}
          </Link>
          <Link href="/privacy" className="hover:text-slate-900 hover:underline">
            {t("privacy")}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
