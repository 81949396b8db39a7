import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MapPin, Users } from "lucide-react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { EventListItem } from "@/components/event-list-item";
import { KnowledgeItems } from "@/components/knowledge-items";
import { WorldMap } from "@/components/world-map";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { languageName } from "@/lib/i18n/display-names";
import { listNetworkUpcoming } from "@/lib/events/queries";
import { canManageEvents } from "@/lib/events/rules";
import { listNetworkContributions } from "@/lib/knowledge/queries";
import { networkCountryCounts, networkLanguageCounts } from "@/lib/networks/knowledge-counts";
import { getNetworkPage } from "@/lib/networks/queries";
import { STARTUP_MEETINGS_REQUIRED } from "@/lib/networks/rules";
import { JoinForm } from "./_components/join-form";
import { leaveNetworkAction, withdrawJoinRequestAction } from "./actions";

async function loadNetwork(slug: string, actorId: string | null) {
  try {
    return await getNetworkPage({ slug, actorId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/networks/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const network = await loadNetwork(slug, null);
  return { title: network.name, description: network.description.slice(0, 160) };
}

export default async function NetworkPage({ params }: PageProps<"/[locale]/networks/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const network = await loadNetwork(slug, user?.id ?? null);
  const t = await getTranslations("network");
  const tMap = await getTranslations("worldMap");
  const format = await getFormatter();
  const { viewer } = network;
  // Counts only the people whose countries the viewer may see (profile visibility).
  const viewerScope = { networkId: network.id, actorId: user?.id ?? null };
  const [countryCounts, languageCounts, contributions, events] = await Promise.all([
    networkCountryCounts(viewerScope),
    networkLanguageCounts(viewerScope),
    listNetworkContributions(viewerScope),
    listNetworkUpcoming(viewerScope),
  ]);
  const tEvents = await getTranslations("events");

  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <header className="space-y-3">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-3xl font-semibold tracking-tight">{network.name}</h1>
            {network.status === "FORMING" && <Badge tone="amber">{t("forming")}</Badge>}
            {viewer.role && <Badge tone="brand">{t(`role.${viewer.role}`)}</Badge>}
          </div>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-slate-700">
            <span className="flex items-center gap-1.5">
              <MapPin aria-hidden="true" className="size-4" />
              {network.city} · {network.region}
            </span>
            <span className="flex items-center gap-1.5" data-testid="member-count">
              <Users aria-hidden="true" className="size-4" />
              {t("memberCount", { count: network.memberCount })}
            </span>
          </p>
        </header>

        <Card title={t("about")}>
          <p className="whitespace-pre-line leading-relaxed text-slate-800">{network.description}</p>
          <p className="mt-4 text-sm text-slate-700">
            {t("meetingLanguages")}: {network.languages.map((code) => languageName(locale, code)).join(", ")}
          </p>
        </Card>

        {network.status === "FORMING" && (
          <Card title={t("startupTitle")}>
            <p className="text-slate-700" data-testid="startup-progress">
              {t("startupProgress", { held: network.startupMeetings.length, required: STARTUP_MEETINGS_REQUIRED })}
            </p>
            <progress className="mt-3 h-2 w-full accent-brand-700" value={network.startupMeetings.length} max={STARTUP_MEETINGS_REQUIRED} aria-label={t("startupTitle")} />
          </Card>
        )}

        <Card title={t("membership")}>
          {!viewer.signedIn ? (
            <div className="space-y-3">
              <p className="text-slate-700">{t("signInToJoin")}</p>
              <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/networks/${network.slug}` } }} className={buttonClasses()}>
                {t("signInAction")}
              </Link>
            </div>
          ) : viewer.role ? (
            <div className="space-y-4">
              <p className="text-slate-800">{viewer.role === "FACILITATOR" ? t("youFacilitate") : t("youAreMember")}</p>
              <div className="flex flex-wrap gap-3">
                <Link href={`/networks/${network.slug}/members`} className={buttonClasses("secondary", "sm")}>
                  {t("seeMembers")}
                </Link>
                {viewer.canManage && (
                  <Link href={`/networks/${network.slug}/manage`} className={buttonClasses("primary", "sm")}>
                    {t("manage")}
                  </Link>
                )}
              </div>
              {viewer.role !== "FACILITATOR" && (
                <ActionButton action={leaveNetworkAction} fields={{ slug: network.slug }} confirm={t("leaveConfirm")}>
                  {t("leave")}
                </ActionButton>
              )}
            </div>
          ) : viewer.pendingRequestSince ? (
            <div className="space-y-4">
              <Alert tone="info">{t("requestPending", { date: format.dateTime(viewer.pendingRequestSince, { dateStyle: "long" }) })}</Alert>
              <ActionButton action={withdrawJoinRequestAction} fields={{ slug: network.slug }}>
                {t("withdraw")}
              </ActionButton>
            </div>
          ) : (
            <div className="space-y-3">
              <p className="text-slate-700">{t("joinIntro")}</p>
              <JoinForm slug={network.slug} />
            </div>
          )}
        </Card>

        <Card title={tMap("title")}>
          <WorldMap locale={locale} counts={countryCounts} emptyMessage={viewer.signedIn ? tMap("empty") : tMap("emptyVisitor")} />
        </Card>

        <Card title={t("upcomingEvents")}>
          <div className="space-y-3">
            {events.length === 0 ? <p className="text-slate-700">{t("noUpcomingEvents")}</p> : events.map((event) => <EventListItem key={event.id} event={event} locale={locale} />)}
            <p className="flex flex-wrap gap-4">
              <Link href={`/events?network=${network.slug}`} className="font-medium text-brand-800 underline">
                {t("allEvents")}
              </Link>
              {canManageEvents(viewer.role, network.status) && (
                <>
                  <Link href={`/networks/${network.slug}/events/new`} className="font-medium text-brand-800 underline">
                    {tEvents("newEvent")}
                  </Link>
                  <Link href={`/networks/${network.slug}/events/new?kind=BUSINESS_TRIP`} className="font-medium text-brand-800 underline">
                    {tEvents("newTrip")}
                  </Link>
                </>
              )}
            </p>
          </div>
        </Card>

        <Card title={t("contributions")}>
          <KnowledgeItems items={contributions} empty={t("noContributions")} />
        </Card>
      </div>

      <aside className="space-y-6" aria-label={t("sidebar")}>
        <Card title={t("organisers")}>
          {network.organisers.length ? (
            <ul className="space-y-1 text-slate-800">
              {network.organisers.map((organiser) => (
                <li key={organiser.id}>{organiser.name}</li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noOrganisersYet")}</p>
          )}
          {network.facilitators.length > 0 && (
            <>
              <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-700">{t("facilitator")}</h3>
              <ul className="space-y-1 text-slate-800">
                {network.facilitators.map((facilitator) => (
                  <li key={facilitator.id}>
                    {facilitator.name}
                    {facilitator.organisation && <span className="text-slate-600"> · {facilitator.organisation}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <KnowledgeList title={t("languagesKnown")} empty={t("noneYet")} items={languageCounts.slice(0, 15).map((row) => ({ key: row.code, label: languageName(locale, row.code), count: row.count }))} countLabel={(count) => t("peopleCount", { count })} />
      </aside>
    </div>
  );
}

function KnowledgeList({ title, empty, items, countLabel }: { title: string; empty: string; items: { key: string; label: string; count: number }[]; countLabel: (count: number) => string }) {
  return (
    <Card title={title}>
      {items.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {items.map((item) => (
            <li key={item.key} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
              {item.label}
              <span aria-hidden="true" className="ms-1.5 font-semibold">
                {item.count}
              </span>
              <span className="sr-only">: {countLabel(item.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
