import { CalendarDays, MapPin, Plane, Users, Video } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { ListedEvent } from "@/lib/events/queries";
import { EVENT_TIME_ZONE } from "@/lib/events/time";
import { countryName } from "@/lib/i18n/display-names";

/** "19/50 going" with a capacity, "12 going" without; full events say so. */
export async function GoingBadge({ event }: { event: Pick<ListedEvent, "capacity" | "going" | "status"> }) {
  const t = await getTranslations("events");
  const full = event.status === "SCHEDULED" && event.capacity !== null && event.going >= event.capacity;
  return (
    <>
      <span className="inline-flex items-center gap-1.5">
        <Users aria-hidden="true" className="size-4 shrink-0" />
        {event.capacity === null ? t("goingCount", { count: event.going }) : t("goingOf", { going: event.going, capacity: event.capacity })}
      </span>
      {full && <Badge tone="amber">{t("full")}</Badge>}
    </>
  );
}

/** One event in the upcoming and past lists: kind, title, Stockholm time, network, place, seats. */
export async function EventListItem({ event, locale }: { event: ListedEvent; locale: string }) {
  const t = await getTranslations("events");
  const format = await getFormatter();
  const headingId = `event-${event.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="event-item">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{t(`kind.${event.kind}`)}</Badge>
        {event.status === "CANCELLED" && <Badge tone="amber">{t("cancelled")}</Badge>}
        {event.visibility === "PUBLIC" && <Badge>{t("public")}</Badge>}
      </div>
      <h3 id={headingId} className="mt-2 text-lg font-semibold">
        <Link href={`/events/${event.id}`} className="text-brand-800 underline-offset-2 hover:underline">
          {event.title}
        </Link>
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1.5 text-sm text-slate-700">
        <span className="inline-flex items-center gap-1.5">
          <CalendarDays aria-hidden="true" className="size-4 shrink-0" />
          <time dateTime={event.startsAt.toISOString()}>{format.dateTimeRange(event.startsAt, event.endsAt, { dateStyle: "medium", timeStyle: "short", timeZone: EVENT_TIME_ZONE })}</time>
        </span>
        {event.trip && (
          <span className="inline-flex items-center gap-1.5">
            <Plane aria-hidden="true" className="size-4 shrink-0 rtl:-scale-x-100" />
            {t("tripTo", { country: countryName(locale, event.trip.country) })}
          </span>
        )}
        <span className="inline-flex items-center gap-1.5">
          {event.place ? <MapPin aria-hidden="true" className="size-4 shrink-0" /> : <Video aria-hidden="true" className="size-4 shrink-0" />}
          {event.place ?? t("online")}
        </span>
        <Link href={`/networks/${event.network.slug}`} className="font-medium text-brand-800 underline">
          {event.network.name}
        </Link>
        <GoingBadge event={event} />
      </div>
    </article>
  );
}

/** Events grouped under a heading per Stockholm month, in the order given. */
export async function EventsByMonth({ events, locale }: { events: ListedEvent[]; locale: string }) {
  const format = await getFormatter();
  const groups = new Map<string, ListedEvent[]>();
  for (const event of events) {
    const key = format.dateTime(event.startsAt, { month: "long", year: "numeric", timeZone: EVENT_TIME_ZONE });
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return (
    <div className="space-y-8">
      {[...groups].map(([month, items], index) => (
        <section key={month} aria-labelledby={`month-${index}`} className="space-y-3">
          <h2 id={`month-${index}`} className="text-xl font-semibold">
            {month}
          </h2>
          <ul className="space-y-3">
            {items.map((event) => (
              <li key={event.id}>
                <EventListItem event={event} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
