import { DateTime } from "luxon";

// Events happen in Sweden: times are entered and shown in Europe/Stockholm whatever the
// browser's zone, stored in UTC, and formatted in the viewer's locale. Luxon resolves the
// wall-clock times around the daylight-saving changes (a time skipped in March moves forward,
// an ambiguous one in October takes the earlier, summer-time instant).

export const EVENT_TIME_ZONE = "Europe/Stockholm";

/** "2026-03-29T10:00" (a datetime-local value) in Stockholm → the instant, or null if malformed. */
export function fromStockholmLocal(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(value)) return null;
  const local = DateTime.fromISO(value, { zone: EVENT_TIME_ZONE });
  if (!local.isValid) return null;
  // Luxon reads an hour that happens twice (October) as the later one; we mean the first.
  const hourEarlier = DateTime.fromMillis(local.toMillis() - 3_600_000, { zone: EVENT_TIME_ZONE });
  return (hourEarlier.toFormat("yyyy-MM-dd'T'HH:mm") === value ? hourEarlier : local).toJSDate();
}

/** The instant as a datetime-local value in Stockholm, for editing. */
export const toStockholmLocal = (date: Date) => DateTime.fromJSDate(date, { zone: EVENT_TIME_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");

/** The calendar day in Stockholm ("2026-12-03"), for month views and itineraries. */
export const stockholmDay = (date: Date) => DateTime.fromJSDate(date, { zone: EVENT_TIME_ZONE }).toISODate()!;

/** First and last instant of a month in Stockholm ("2026-12"). */
export function stockholmMonth(month: string): { start: Date; end: Date } | null {
  if (!/^\d{4}-\d{2}$/.test(month)) return null;
  const start = DateTime.fromISO(`${month}-01T00:00`, { zone: EVENT_TIME_ZONE });
  if (!start.isValid) return null;
  return { start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
}

export const luxonIn = (date: Date) => DateTime.fromJSDate(date, { zone: EVENT_TIME_ZONE });
