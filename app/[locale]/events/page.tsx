import type { Metadata } from "next";
import { CalendarPlus } from "lucide-react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { listEvents, listPastEvents, type ListedEvent } from "@/lib/events/queries";
import { EVENT_TIME_ZONE, luxonIn, stockholmMonth } from "@/lib/events/time";
import { EventsByMonth } from "@/components/event-list-item";
import { MonthGrid } from "./_components/month-grid";
import { ViewTabs, type EventsView } from "./_components/view-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

function viewOf(searchParams: Record<string, string | string[] | undefined>): EventsView {
  if (single(searchParams.when) === "past") return "past";
  if (single(searchParams.view) === "month") return "month";
  return "upcoming";
}

export default async function EventsPage({ params, searchParams }: PageProps<"/[locale]/events">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const user = await getCurrentUser();
  const actorId = user?.id ?? null;
  const t = await getTranslations("events");
  const view = viewOf(query);
  const network = single(query.network);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-lg text-slate-700">{user ? t("intro") : t("introVisitor")}</p>
        </div>
        {user && (
          <Link href="/account/calendar" className={buttonClasses("secondary", "sm")}>
            <CalendarPlus aria-hidden="true" className="size-4" />
            {t("calendarFeeds")}
          </Link>
        )}
      </header>
      <ViewTabs current={view} />
      {view === "month" ? (
        <MonthView actorId={actorId} month={single(query.month)} network={network} />
      ) : view === "past" ? (
        <PastView actorId={actorId} locale={locale} />
      ) : (
        <UpcomingView actorId={actorId} locale={locale} network={network} />
      )}
    </div>
  );
}

async function Empty({ message }: { message: string }) {
  return (
    <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium text-slate-900">{message}</p>
    </div>
  );
}

/** Events in a window, optionally of one network (`?network=slug`); null when the filter is refused. */
async function load(input: { actorId: string | null; network?: string; from?: string; to?: string }) {
  try {
    return (await listEvents(input)).items;
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  }
}

/** Says which network the list is narrowed to, or that the filter could not be used; links back to all events. */
async function FilterNotice({ network, items }: { network: string | undefined; items: ListedEvent[] | null }) {
  const t = await getTranslations("events");
  if (!network) return null;
  const all = (
    <Link href="/events" className="ms-2 font-medium underline">
      {t("showAll")}
    </Link>
  );
  if (!items)
    return (
      <Alert tone="error">
        {t("invalidQuery")}
        {all}
      </Alert>
    );
  return (
    <Alert tone="info">
      {t("networkFilter", { network: items[0]?.network.name ?? network })}
      {all}
    </Alert>
  );
}

async function UpcomingView({ actorId, locale, network }: { actorId: string | null; locale: string; network: string | undefined }) {
  const t = await getTranslations("events");
  const items = await load({ actorId, network });
  return (
    <section aria-label={t("upcomingHeading")} className="space-y-4">
      <FilterNotice network={network} items={items} />
      {items && (items.length === 0 ? <Empty message={t("emptyUpcoming")} /> : <EventsByMonth events={items} locale={locale} />)}
    </section>
  );
}

async function PastView({ actorId, locale }: { actorId: string | null; locale: string }) {
  const t = await getTranslations("events");
  const items = await listPastEvents({ actorId });
  return (
    <section aria-label={t("pastHeading")}>
      {items.length === 0 ? <Empty message={t("emptyPast")} /> : <EventsByMonth events={items} locale={locale} />}
    </section>
  );
}

/** `?view=month&month=YYYY-MM`; a missing or malformed month shows the current one. */
async function MonthView({ actorId, month, network }: { actorId: string | null; month: string | undefined; network: string | undefined }) {
  const t = await getTranslations("events");
  const format = await getFormatter();
  const current = luxonIn(new Date()).toFormat("yyyy-MM");
  const shown = (month && stockholmMonth(month) ? month : current) as string;
  const range = stockholmMonth(shown)!;
  const items = await load({ actorId, network, from: range.start.toISOString(), to: range.end.toISOString() });
  const start = luxonIn(range.start);
  const monthLink = (offset: number) => ({ pathname: "/events", query: { view: "month", month: start.plus({ months: offset }).toFormat("yyyy-MM"), ...(network ? { network } : {}) } });
  const monthName = (offset: number) => format.dateTime(start.plus({ months: offset }).toJSDate(), { month: "long", year: "numeric", timeZone: EVENT_TIME_ZONE });
  const linkClasses = "inline-flex items-center gap-1 rounded-lg px-3 py-2 text-sm font-medium text-brand-800 underline hover:bg-brand-50";

  return (
    <div className="space-y-4">
      <FilterNotice network={network} items={items} />
      <nav aria-label={t("monthNav")} className="flex flex-wrap items-center justify-between gap-2">
        <Link href={monthLink(-1)} className={linkClasses} rel="prev">
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            ←
          </span>
          {t("previousMonth")} <span className="text-slate-700">({monthName(-1)})</span>
        </Link>
        {shown !== current && (
          <Link href={{ pathname: "/events", query: { view: "month", ...(network ? { network } : {}) } }} className={linkClasses}>
            {t("thisMonth")}
          </Link>
        )}
        <Link href={monthLink(1)} className={linkClasses} rel="next">
          {t("nextMonth")} <span className="text-slate-700">({monthName(1)})</span>
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            →
          </span>
        </Link>
      </nav>
      <div className="rounded-2xl border border-slate-200 bg-white p-2 shadow-sm sm:p-4">
        <MonthGrid start={range.start} events={items ?? []} />
      </div>
      {items?.length === 0 && <p className="text-center text-slate-700">{t("emptyMonth")}</p>}
    </div>
  );
}
