import { Check, Circle } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import type { getEvent } from "@/lib/events/queries";
import { EVENT_TIME_ZONE } from "@/lib/events/time";
import { countryName } from "@/lib/i18n/display-names";

type Loaded = Awaited<ReturnType<typeof getEvent>>;
type Trip = NonNullable<Loaded["event"]["trip"]>;

const linkClasses = "font-medium text-brand-800 underline";

/** Itinerary rows under their day (stored as a calendar date, so formatted in UTC). */
function byDay(itinerary: Trip["itinerary"]) {
  const days = new Map<string, Trip["itinerary"]>();
  for (const row of itinerary) {
    const key = row.day.toISOString().slice(0, 10);
    days.set(key, [...(days.get(key) ?? []), row]);
  }
  return [...days];
}

/** Everything a business trip adds: destination, leaders, cost, sectors, itinerary, checklist, briefings. */
export async function TripDetails({ data, locale }: { data: Loaded; locale: string }) {
  const t = await getTranslations("events.trip");
  const tSector = await getTranslations("company.sni");
  const format = await getFormatter();
  const { event, briefings } = data;
  const trip = event.trip!;
  const deadline = event.rsvpDeadline ? format.dateTime(event.rsvpDeadline, { dateStyle: "long", timeStyle: "short", timeZone: EVENT_TIME_ZONE }) : null;
  const tEvents = await getTranslations("events");

  return (
    <>
      <Card title={t("heading")}>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2" data-testid="trip-facts">
          <div>
            <dt className="font-semibold text-slate-900">{t("destination")}</dt>
            <dd className="mt-1">
              <Link href={`/markets/${trip.country.toLowerCase()}`} className={linkClasses}>
                {countryName(locale, trip.country)}
              </Link>
            </dd>
          </div>
          {trip.cities.length > 0 && (
            <div>
              <dt className="font-semibold text-slate-900">{t("cities")}</dt>
              <dd className="mt-1">{format.list(trip.cities, { type: "conjunction" })}</dd>
            </div>
          )}
          <div>
            <dt className="font-semibold text-slate-900">{t("dates")}</dt>
            <dd className="mt-1">{format.dateTimeRange(event.startsAt, event.endsAt, { dateStyle: "long", timeZone: EVENT_TIME_ZONE })}</dd>
          </div>
          {deadline && (
            <div>
              <dt className="font-semibold text-slate-900">{tEvents("commitmentDeadline")}</dt>
              <dd className="mt-1">{deadline}</dd>
            </div>
          )}
          <div>
            <dt className="font-semibold text-slate-900">{t("cost")}</dt>
            <dd className="mt-1">{trip.costPerPerson === null ? t("costUnknown") : format.number(trip.costPerPerson, { style: "currency", currency: "SEK", maximumFractionDigits: 0 })}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-900">{t("leaders")}</dt>
            <dd className="mt-1">
              {trip.leaders.length === 0 ? (
                t("noLeaders")
              ) : (
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {trip.leaders.map(({ user }) => (
                    <li key={user.id}>
                      <Link href={`/members/${user.id}`} className={linkClasses}>
                        {user.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          {trip.targetSectors.length > 0 && (
            <div className="sm:col-span-2">
              <dt className="font-semibold text-slate-900">{t("sectors")}</dt>
              <dd className="mt-1">
                <ul className="list-disc space-y-0.5 ps-5">
                  {trip.targetSectors.map((letter) => (
                    <li key={letter}>{tSector(letter as "A")}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </Card>

      <Card title={t("itinerary")}>
        {trip.itinerary.length === 0 ? (
          <p className="text-slate-700">{t("noItinerary")}</p>
        ) : (
          <div className="space-y-6">
            {byDay(trip.itinerary).map(([day, rows]) => (
              <section key={day} aria-labelledby={`day-${day}`}>
                <h3 id={`day-${day}`} className="mb-2 text-lg font-semibold">
                  <time dateTime={day}>{format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" })}</time>
                </h3>
                <table className="w-full table-fixed border-collapse text-start text-sm" aria-labelledby={`day-${day}`}>
                  <colgroup>
                    <col className="w-16" />
                    <col className="w-2/5" />
                    <col className="w-1/4" />
                    <col />
                  </colgroup>
                  <thead>
                    <tr className="border-b border-slate-300 text-start">
                      {(["time", "activity", "place", "notes"] as const).map((column) => (
                        <th key={column} scope="col" className="px-2 py-1.5 text-start font-semibold text-slate-900">
                          {t(column)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id} className="border-b border-slate-100 align-top">
                        <td className="whitespace-nowrap px-2 py-1.5 tabular-nums">{row.time ?? ""}</td>
                        <td className="break-words px-2 py-1.5 font-medium text-slate-900">{row.activity}</td>
                        <td className="break-words px-2 py-1.5">{row.place ?? ""}</td>
                        <td className="break-words px-2 py-1.5 text-slate-700">{row.notes ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
          </div>
        )}
      </Card>

      <div className="grid gap-6 sm:grid-cols-2">
        <Card title={t("checklist")}>
          {trip.checklist.length === 0 ? (
            <p className="text-slate-700">{t("noChecklist")}</p>
          ) : (
            <ul className="space-y-2" data-testid="trip-checklist">
              {trip.checklist.map((item) => (
                <li key={item.id} className="flex items-start gap-2">
                  {item.done ? <Check aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" /> : <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-500" />}
                  <span>
                    {item.label}
                    <span className="sr-only"> — {item.done ? t("done") : t("notDone")}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("briefings")}>
          {briefings.length === 0 ? (
            <p className="text-slate-700">{t("noBriefings")}</p>
          ) : (
            <ul className="list-disc space-y-1 ps-5">
              {briefings.map((item) => (
                <li key={item.id}>
                  <Link href={`/knowledge/${item.id}`} className={linkClasses}>
                    {item.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
