import { DateTime } from "luxon";

// Events happen in Sweden: times are entered and shown in Europe/Stockholm whatever the
// browser's zone, stored in UTC, and formatted in the viewer's locale. Luxon resolves the
// wall-clock times around the daylight-saving changes (a time skipped in March moves forward,
// an ambiguous one in October takes the earlier, summer-time instant).

export const EVENT_TIME_ZONE = "Europe/Stockholm";

/** "2026-03-29T10:00" (a datetime-local value) in Stockholm → the instant, or null if malformed. */
export function fromStockholmLocal(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const local = DateTime.fromISO(value, { zone: EVENT_TIME_ZONE });
  return local.isValid ? local.toJSDate() : null;
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
