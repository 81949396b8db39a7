import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ListedEvent } from "@/lib/events/queries";
import { EVENT_TIME_ZONE, luxonIn, stockholmDay } from "@/lib/events/time";
import { cn } from "@/components/ui/cn";

const MONDAY = Date.UTC(2024, 0, 1); // a Monday: weeks start on Monday, as in Sweden

/**
 * The month starting at `start` (midnight in Stockholm) as a table: a caption, weekday column headers and a cell per day listing that day's
 * events (Stockholm calendar days). Screen readers announce the weekday with each day.
 */
export async function MonthGrid({ start, events }: { start: Date; events: ListedEvent[] }) {
  const t = await getTranslations("events");
  const format = await getFormatter();
  const first = luxonIn(start);
  const today = stockholmDay(new Date());
  const byDay = new Map<string, ListedEvent[]>();
  for (const event of events) {
    const day = stockholmDay(event.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const cells: (string | null)[] = [...Array.from({ length: first.weekday - 1 }, () => null), ...Array.from({ length: first.daysInMonth ?? 30 }, (_, index) => first.plus({ days: index }).toISODate())];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, index) => cells.slice(index * 7, index * 7 + 7));
  const weekdays = Array.from({ length: 7 }, (_, index) => new Date(MONDAY + index * 86_400_000));
  const caption = t("monthCaption", { month: format.dateTime(first.toJSDate(), { month: "long", year: "numeric", timeZone: EVENT_TIME_ZONE }) });

  return (
    <>
    <table className="w-full table-fixed border-collapse text-sm" data-testid="month-grid">
      <caption className="mb-3 text-start text-xl font-semibold">{caption}</caption>
      <thead>
        <tr>
          {weekdays.map((day) => (
            <th key={day.getTime()} scope="col" className="border-b border-slate-300 px-1 py-2 text-center text-xs font-semibold text-slate-700 sm:text-sm">
              <abbr title={format.dateTime(day, { weekday: "long", timeZone: "UTC" })} className="no-underline">
                {format.dateTime(day, { weekday: "short", timeZone: "UTC" })}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, row) => (
          <tr key={row}>
            {week.map((day, column) => {
              if (!day) return <td key={`empty-${column}`} className="border border-slate-200 bg-slate-50" />;
              const items = byDay.get(day) ?? [];
              return (
                <td key={day} className={cn("h-14 border border-slate-200 p-1 align-top sm:h-24 sm:p-1.5", day === today ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-700" : "bg-white")} aria-current={day === today ? "date" : undefined}>
                  <time dateTime={day} className={cn("block text-xs font-semibold text-slate-700", day === today && "text-brand-800")}>
                    {format.number(Number(day.slice(8)))}
                  </time>
                  {items.length > 0 && (
                    <span aria-hidden="true" className="mt-1 flex flex-wrap gap-0.5 sm:hidden">
                      {items.map((event) => (
                        <span key={event.id} className="size-2 rounded-full bg-brand-700" />
                      ))}
                    </span>
                  )}
                  {items.length > 0 && (
                    // Too narrow on phones: there the agenda below the table lists the events.
                    <ul className="mt-1 hidden space-y-1 sm:block">
                      {items.map((event) => (
                        <li key={event.id} className="break-words text-xs leading-snug">
                          <Link href={`/events/${event.id}`} className={cn("block rounded px-1 py-0.5 font-medium text-brand-800 underline hover:bg-brand-50", event.status === "CANCELLED" && "line-through")}>
                            <span className="me-1 font-normal text-slate-700">{format.dateTime(event.startsAt, { timeStyle: "short", timeZone: EVENT_TIME_ZONE })}</span>
                            {event.title}
                            {event.status === "CANCELLED" && <span className="sr-only"> ({t("cancelled")})</span>}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    {events.length > 0 && (
      <ul className="mt-4 space-y-2 sm:hidden" data-testid="month-agenda">
        {events.map((event) => (
          <li key={event.id} className="rounded-lg border border-slate-200 p-2 text-sm">
            <time dateTime={event.startsAt.toISOString()} className="block text-slate-700">
              {format.dateTime(event.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: EVENT_TIME_ZONE })}
            </time>
            <Link href={`/events/${event.id}`} className={cn("font-medium text-brand-800 underline", event.status === "CANCELLED" && "line-through")}>
              {event.title}
            </Link>
            {event.status === "CANCELLED" && <span className="sr-only"> ({t("cancelled")})</span>}
          </li>
        ))}
      </ul>
    )}
    </>
  );
}
