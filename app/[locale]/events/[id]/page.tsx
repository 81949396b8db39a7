import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CalendarPlus, MessagesSquare } from "lucide-react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { eventChannelFor } from "@/lib/chat/channels";
import { AppError } from "@/lib/errors";
import { getEvent } from "@/lib/events/queries";
import { isTrip } from "@/lib/events/rules";
import { EVENT_TIME_ZONE } from "@/lib/events/time";
import { countryName } from "@/lib/i18n/display-names";
import { GoingBadge } from "@/components/event-list-item";
import { AttendeeList } from "./_components/attendee-list";
import { OrganiserTools } from "./_components/organiser-tools";
import { RsvpPanel } from "./_components/rsvp-panel";
import { TripDetails } from "./_components/trip-details";

/** Null for unknown events and for events the viewer may not see (see not-found.tsx). Once per request. */
const load = cache(async (actorId: string | null, eventId: string) => {
  try {
    return await getEvent({ actorId, eventId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[id]">): Promise<Metadata> {
  const { id } = await params;
  const user = await getCurrentUser();
  const data = await load(user?.id ?? null, id);
  return { title: data?.event.title ?? (await getTranslations("events"))("notFoundTitle") };
}

const linkClasses = "font-medium text-brand-800 underline";

export default async function EventPage({ params }: PageProps<"/[locale]/events/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const data = await load(user?.id ?? null, id);
  if (!data) notFound();

  const t = await getTranslations("events");
  const format = await getFormatter();
  const { event, can } = data;
  const trip = isTrip(event.kind) && event.trip ? event.trip : null;
  const cancelled = event.status === "CANCELLED";
  // Names (attendees, who announced it) are for the network's people; getEvent leaves the
  // attendee list empty for everyone else.
  const showAttendees = can.rsvp || can.manage || data.attendees.length > 0;
  // The participants' chat, for those who take part (null for everyone else).
  const chatChannelId = user ? await eventChannelFor({ actorId: user.id, eventId: event.id }) : null;

  return (
    <article className="space-y-6" aria-labelledby="event-title">
      <p>
        <Link href="/events" className={linkClasses}>
          {t("backToEvents")}
        </Link>
      </p>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="brand">{t(`kind.${event.kind}`)}</Badge>
          {cancelled && <Badge tone="amber">{t("cancelled")}</Badge>}
          {event.visibility === "PUBLIC" && <Badge>{t("public")}</Badge>}
        </div>
        <h1 id="event-title" className="text-3xl font-semibold tracking-tight">
          {event.title}
        </h1>
        {trip && <p className="text-lg text-slate-700">{t("tripTo", { country: countryName(locale, trip.country) })}</p>}
      </header>

      {cancelled && (
        <Alert tone="warning">
          <p className="font-medium">{t("cancelledBanner")}</p>
        </Alert>
      )}
      {event.startupMeeting && <Alert tone="success">{t("startupMeetingNumber", { number: event.startupMeeting.number })}</Alert>}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card as="div">
            <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2" data-testid="event-facts">
              <div>
                <dt className="font-semibold text-slate-900">{t("when")}</dt>
                <dd className="mt-1">
                  <time dateTime={event.startsAt.toISOString()}>{format.dateTimeRange(event.startsAt, event.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: EVENT_TIME_ZONE })}</time>
                </dd>
              </div>
              <div>
                <dt className="font-semibold text-slate-900">{t("where")}</dt>
                <dd className="mt-1 space-y-1">
                  {event.place && <p>{event.place}</p>}
                  {event.onlineUrl && (
                    <p>
                      <a href={event.onlineUrl} rel="nofollow noopener noreferrer" target="_blank" className={linkClasses}>
                        {t("joinOnline")}
                      </a>
                    </p>
                  )}
                </dd>
              </div>
              <div>
                <dt className="font-semibold text-slate-900">{t("network")}</dt>
                <dd className="mt-1">
                  <Link href={`/networks/${event.network.slug}`} className={linkClasses}>
                    {event.network.name}
                  </Link>
                </dd>
              </div>
              {showAttendees && event.createdBy && (
                <div>
                  <dt className="font-semibold text-slate-900">{t("organisedBy")}</dt>
                  <dd className="mt-1">
                    <Link href={`/members/${event.createdBy.id}`} className={linkClasses}>
                      {event.createdBy.name}
                    </Link>
                  </dd>
                </div>
              )}
              <div>
                <dt className="font-semibold text-slate-900">{t("seats")}</dt>
                <dd className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="event-seats">
                  <GoingBadge event={{ capacity: event.capacity, going: data.going, status: event.status }} />
                  {data.waitlisted > 0 && <span>{t("waitlistedCount", { count: data.waitlisted })}</span>}
                  {data.interested > 0 && <span>{t("interestedCount", { count: data.interested })}</span>}
                  {event.capacity === null && <span className="text-slate-700">{t("unlimited")}</span>}
                </dd>
              </div>
            </dl>
            {!cancelled && (
              <p className="mt-5">
                {/* An API route, not a page: a plain link so the locale prefix is not added. */}
                <a href={`/api/v1/events/${event.id}/ics`} download="event.ics" className={buttonClasses("secondary", "sm")}>
                  <CalendarPlus aria-hidden="true" className="size-4" />
                  {t("downloadIcs")}
                </a>
              </p>
            )}
          </Card>

          {event.description && (
            <Card title={t("about")}>
              <Markdown className="text-base">{event.description}</Markdown>
            </Card>
          )}

          {trip && <TripDetails data={data} locale={locale} />}
        </div>

        <div className="min-w-0 space-y-6">
          {chatChannelId && (
            <p>
              <Link href={`/chat/${chatChannelId}`} className={buttonClasses("secondary")}>
                <MessagesSquare aria-hidden="true" className="size-4" />
                {t("openChat")}
              </Link>
            </p>
          )}
          {!cancelled && <RsvpPanel data={data} signedIn={Boolean(user)} locale={locale} />}
          {(can.manage || can.recordAsHeld) && <OrganiserTools eventId={event.id} networkSlug={event.network.slug} manage={can.manage} recordAsHeld={can.recordAsHeld} />}
          {showAttendees && <AttendeeList attendees={data.attendees} />}
        </div>
      </div>
    </article>
  );
}
