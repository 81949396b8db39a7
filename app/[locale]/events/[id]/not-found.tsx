import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";

// Unknown events and network-only events look the same to outsiders (a 404 either way), so
// nothing is revealed; the sign-in link helps the members among them.
export default async function EventNotFound() {
  const t = await getTranslations("events");
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundText")}</p>
      <p className="flex flex-wrap justify-center gap-4">
        {!user && (
          <Link href="/sign-in" className="font-medium text-brand-800 underline">
            {t("signInToSee")}
          </Link>
        )}
        <Link href="/events" className="font-medium text-brand-800 underline">
          {t("backToEvents")}
        </Link>
      </p>
    </div>
  );
}
