import { Globe2, Handshake, Plane, Users } from "lucide-react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listMyNetworks, listPublicNetworks } from "@/lib/networks/queries";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const user = await getCurrentUser();
  const [networks, mine] = await Promise.all([listPublicNetworks(), user ? listMyNetworks({ actorId: user.id }) : []]);
  const memberFirms = networks.reduce((sum, network) => sum + network.memberCount, 0);
  const features = [
    { icon: Globe2, title: t("featureMarketsTitle"), text: t("featureMarketsText") },
    { icon: Handshake, title: t("featurePeersTitle"), text: t("featurePeersText") },
    { icon: Plane, title: t("featureTripsTitle"), text: t("featureTripsText") },
    { icon: Users, title: t("featureNetworkTitle"), text: t("featureNetworkText") },
  ];

  return (
    <div className="space-y-14">
      <section className="grid items-center gap-8 rounded-3xl bg-brand-800 px-6 py-12 text-white sm:px-10 lg:grid-cols-5" aria-labelledby="hero-heading">
        <div className="space-y-5 lg:col-span-3">
          <h1 id="hero-heading" className="text-4xl font-semibold tracking-tight sm:text-5xl">
            {user ? t("welcomeBack", { name: user.name.split(" ")[0] ?? user.name }) : t("heroTitle")}
          </h1>
          <p className="max-w-2xl text-lg text-brand-50">{t("heroText")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/networks" className="rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-brand-900 hover:bg-brand-50">
              {t("browseNetworks")}
            </Link>
            {!user && (
              <Link href="/register" className="rounded-lg border border-white/60 px-4 py-2.5 text-sm font-semibold text-white hover:bg-white/10">
                {t("join")}
              </Link>
            )}
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-4 lg:col-span-2">
          <div className="rounded-2xl bg-white/10 p-5">
            <dt className="text-sm text-brand-50">{t("statNetworks")}</dt>
            <dd className="text-3xl font-semibold">{networks.length}</dd>
          </div>
          <div className="rounded-2xl bg-white/10 p-5">
            <dt className="text-sm text-brand-50">{t("statMembers")}</dt>
            <dd className="text-3xl font-semibold">{memberFirms}</dd>
          </div>
        </dl>
      </section>

      {user && (
        <section aria-labelledby="mine-heading" className="space-y-4">
          <h2 id="mine-heading" className="text-2xl font-semibold">
            {t("yourNetworks")}
          </h2>
          {mine.length === 0 ? (
            <p className="text-slate-700">
              {t("noNetworksYet")}{" "}
              <Link href="/networks" className="font-medium text-brand-700 underline">
                {t("browseNetworks")}
              </Link>
            </p>
          ) : (
            <ul className="flex flex-wrap gap-3">
              {mine.map((network) => (
                <li key={network.slug}>
                  <Link href={`/networks/${network.slug}`} className={buttonClasses("secondary")}>
                    {network.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="features-heading" className="space-y-6">
        <h2 id="features-heading" className="text-2xl font-semibold">
          {t("featuresTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {features.map(({ icon: Icon, title, text }) => (
            <li key={title} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
              <Icon aria-hidden="true" className="mb-3 size-6 text-brand-700" />
              <h3 className="mb-1 font-semibold">{title}</h3>
              <p className="text-sm text-slate-700">{text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
