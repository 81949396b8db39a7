import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { hasCalendarToken } from "@/lib/events/calendar";
import { listMyNetworks } from "@/lib/networks/queries";
import { FeedLinksForm } from "./_components/feed-links-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.calendar"))("title") };
}

/** The site's public address for feed links: AUTH_URL when set, else the address this request came to. */
async function siteOrigin() {
  const configured = process.env.AUTH_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function CalendarFeedsPage({ params }: PageProps<"/[locale]/account/calendar">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/calendar`);
  const t = await getTranslations("events.calendar");
  const [hasToken, networks, origin] = await Promise.all([hasCalendarToken({ actorId: user.id }), listMyNetworks({ actorId: user.id }), siteOrigin()]);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/account" className="font-medium text-brand-800 underline">
          {t("backToAccount")}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
        <p className="text-slate-700">{t("privacy")}</p>
      </header>
      <Card as="div">
        {networks.length === 0 ? (
          <p className="text-slate-700">
            {t("noNetworks")}{" "}
            <Link href="/networks" className="font-medium text-brand-800 underline">
              {(await getTranslations("account"))("browseNetworks")}
            </Link>
          </p>
        ) : (
          <div className="space-y-4">
            <Alert tone="info">{hasToken ? t("hasToken") : t("noToken")}</Alert>
            <FeedLinksForm hasToken={hasToken} networks={networks.map(({ slug, name }) => ({ slug, name }))} origin={origin} />
          </div>
        )}
      </Card>
      <p className="text-sm text-slate-700">{t("single")}</p>
    </div>
  );
}
