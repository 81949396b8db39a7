import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignInHereLink } from "./_components/sign-in-here-link";

// Unknown items and members-only items look the same to a visitor (a 404 either way), so
// nothing is revealed; the sign-in link helps the members among them.
export default async function KnowledgeNotFound() {
  const t = await getTranslations("knowledge");
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundText")}</p>
      <p className="flex flex-wrap justify-center gap-4">
        {!user && (
          <SignInHereLink>{t("signInToRead")}</SignInHereLink>
        )}
        <Link href="/knowledge" className="font-medium text-brand-800 underline">
          {t("backToKnowledge")}
        </Link>
      </p>
    </div>
  );
}
