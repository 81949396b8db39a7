"use client";
import { useLocale } from "next-intl";

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** When a message was written, in the UI's language and the reader's own time zone. */
export function MessageTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const date = new Date(iso);
  const short = new Intl.DateTimeFormat(locale, sameDay(date, new Date()) ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" });
  const full = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short" });
  return (
    <time dateTime={iso} title={full.format(date)} className="text-xs text-slate-600">
      {short.format(date)}
    </time>
  );
}
