import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Avatar } from "@/components/avatar";
import { EventListItem } from "@/components/event-list-item";
import { KnowledgeItems } from "@/components/knowledge-items";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getMarketPage, type MarketMember } from "@/lib/directory/market";
import { isCountryCode } from "@/lib/directory/schema";
import { AppError } from "@/lib/errors";
import { countryName } from "@/lib/i18n/display-names";
import { listUpcomingTrips } from "@/lib/events/queries";
import { listKnowledgeForCountry } from "@/lib/knowledge/queries";
import { WriteLinks } from "@/components/knowledge-write-links";
import { ActionButton } from "@/components/action-button";
import { listFollowedCountries } from "@/lib/notifications/follows";
import { toggleFollowAction } from "./actions";

async function loadMarket(actorId: string | null, country: string) {
  try {
    return await getMarketPage({ actorId, country });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/markets/[country]">): Promise<Metadata> {
  const { locale, country } = await params;
  if (!/^[a-z]{2}$/i.test(country) || !isCountryCode(country)) return {};
  return { title: (await getTranslations("market"))("metaTitle", { country: countryName(locale, country) }) };
}

export default async function MarketPage({ params }: PageProps<"/[locale]/markets/[country]">) {
  const { locale, country: code } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const market = await loadMarket(user?.id ?? null, code);
  const [knowledge, trips, followed] = await Promise.all([
    listKnowledgeForCountry({ actorId: user?.id ?? null, country: market.country }),
    listUpcomingTrips({ actorId: user?.id ?? null, country: market.country }),
    user ? listFollowedCountries({ actorId: user.id }) : ([] as string[]),
  ]);
  const following = followed.includes(market.country);
  const t = await getTranslations("market");
  const tDirectory = await getTranslations("directory");
  const name = countryName(locale, market.country);
  const lower = market.country.toLowerCase();

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-800">{t("eyebrow")}</p>
        <h1 className="text-3xl font-semibold tracking-tight">{name}</h1>
        <p className="text-lg text-slate-700">{t("intro", { country: name })}</p>
        <p className="font-medium text-slate-900" data-testid="market-count">
          {t("peopleCount", { count: market.people })}
        </p>
        {user && (
          <ActionButton action={toggleFollowAction} fields={{ country: market.country, follow: following ? "off" : "on" }} variant={following ? "secondary" : "primary"}>
            {following ? t("following") : t("follow")}
            {following && <span className="sr-only"> {t("unfollowHint", { country: name })}</span>}
          </ActionButton>
        )}
        {market.viewer.isNetworkMember && (
          <Link href={`/directory?country=${lower}`} className={buttonClasses("secondary", "sm")}>
            {t("openDirectory", { country: name })}
          </Link>
        )}
        {!market.viewer.signedIn && market.networks.length > 0 && (
          <p className="text-slate-700">
            {t("signInForMore", { country: name })}{" "}
            <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/markets/${lower}` } }} className="font-medium text-brand-800 underline">
              {t("signIn")}
            </Link>
          </p>
        )}
      </header>

      {market.networks.length === 0 ? (
        <Card>
          <p className="text-slate-700">{market.viewer.signedIn ? t("noneMember", { country: name }) : t("noneVisitor", { country: name })}</p>
        </Card>
      ) : (
        market.networks.map((network) => {
          const headingId = `network-${network.slug}`;
          const shown = network.groups.reduce((sum, group) => sum + group.members.length, 0);
          return (
            <section key={network.slug} aria-labelledby={headingId} className="space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm" data-testid="market-network">
              <div className="flex flex-wrap items-center gap-3">
                <h2 id={headingId} className="text-xl font-semibold">
                  <Link href={`/networks/${network.slug}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {network.name}
                  </Link>
                </h2>
                {network.mine && <Badge tone="brand">{t("yourNetwork")}</Badge>}
                <span className="text-sm text-slate-700">{t("networkCount", { count: network.total })}</span>
              </div>
              {network.groups.map((group) => (
                <div key={group.relation} className="space-y-2">
                  <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-700">{tDirectory(`relation.${group.relation}`)}</h3>
                  <ul className="grid gap-3 sm:grid-cols-2">
                    {group.members.map((member) => (
                      <MarketPerson key={member.id} member={member} />
                    ))}
                  </ul>
                </div>
              ))}
              {shown < network.total && (
                <p className="text-sm text-slate-700">
                  {t("showingFirst", { shown, total: network.total })}{" "}
                  {market.viewer.isNetworkMember && (
                    <Link href={`/directory?country=${lower}&network=${network.slug}`} className="font-medium text-brand-800 underline">
                      {t("seeAllInDirectory")}
                    </Link>
                  )}
                </p>
              )}
            </section>
          );
        })
      )}

      <section aria-labelledby="market-knowledge" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="market-knowledge" className="text-2xl font-semibold">
            {t("knowledgeTitle", { country: name })}
          </h2>
          <Link href={`/knowledge?country=${lower}`} className="font-medium text-brand-800 underline">
            {t("searchKnowledge", { country: name })}
          </Link>
        </div>
        <WriteLinks signedIn={market.viewer.signedIn} country={market.country} />
        <div className="grid gap-4 lg:grid-cols-3">
          {(["articles", "stories", "questions"] as const).map((kind) => (
            <Card key={kind} title={t(`knowledge.${kind}`)}>
              <KnowledgeItems items={knowledge[kind]} empty={t(`knowledge.${kind}Empty`, { country: name })} />
            </Card>
          ))}
        </div>
      </section>

      <Card title={t("tripsTitle")}>
        <div className="space-y-3">
          {trips.length === 0 ? <p className="text-slate-700">{t("tripsNone", { country: name })}</p> : trips.map((trip) => <EventListItem key={trip.id} event={trip} locale={locale} />)}
        </div>
      </Card>
    </div>
  );
}

async function MarketPerson({ member }: { member: MarketMember }) {
  const t = await getTranslations("market");
  const tDirectory = await getTranslations("directory");
  return (
    <li className="flex gap-3 rounded-xl border border-slate-100 p-3" data-testid="market-member">
      <Avatar id={member.id} name={member.name} size="sm" decorative />
      <div className="min-w-0 space-y-1 text-sm">
        <Link href={`/members/${member.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
          {member.name}
        </Link>
        {member.headline && <p className="text-slate-700">{member.headline}</p>}
        <p className="text-slate-700">
          {member.relations.map((relation) => tDirectory(`relation.${relation}`)).join(" · ")}
          {member.years ? ` · ${t("years", { count: member.years })}` : ""}
        </p>
        {member.areas.length > 0 && <p className="text-slate-600">{t("knowsAbout", { areas: member.areas.map((area) => t(`area.${area}`)).join(", ") })}</p>}
      </div>
    </li>
  );
}
