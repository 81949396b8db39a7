import type { Metadata } from "next";
import { MapPin, Users } from "lucide-react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { listPublicNetworks } from "@/lib/networks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("networks"))("title") };
}

export default async function NetworksPage({ params }: PageProps<"/[locale]/networks">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("networks");
  const networks = await listPublicNetworks();
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </div>
      {networks.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {networks.map((network) => (
            <li key={network.slug}>
              <Link
                href={`/networks/${network.slug}`}
                className="flex h-full flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-200 hover:shadow-md"
              >
                <div className="flex items-start justify-between gap-2">
                  <h2 className="text-lg font-semibold text-slate-900">{network.name}</h2>
                  {network.status === "FORMING" && <Badge tone="amber">{t("forming")}</Badge>}
                </div>
                <p className="flex items-center gap-1.5 text-sm text-slate-700">
                  <MapPin aria-hidden="true" className="size-4" />
                  {network.city} · {network.region}
                </p>
                <p className="mt-auto flex items-center gap-1.5 text-sm font-medium text-brand-800">
                  <Users aria-hidden="true" className="size-4" />
                  {t("memberCount", { count: network.memberCount })}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
