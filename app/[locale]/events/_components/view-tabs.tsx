import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { cn } from "@/components/ui/cn";

export type EventsView = "upcoming" | "month" | "past";

const HREFS = { upcoming: { pathname: "/events" }, month: { pathname: "/events", query: { view: "month" } }, past: { pathname: "/events", query: { when: "past" } } } as const;

/** Upcoming list, month grid, past events: links that keep each view bookmarkable. */
export async function ViewTabs({ current }: { current: EventsView }) {
  const t = await getTranslations("events");
  return (
    <nav aria-label={t("viewNav")}>
      <ul className="flex flex-wrap gap-1 rounded-xl border border-slate-200 bg-white p-1 shadow-sm sm:inline-flex">
        {(Object.keys(HREFS) as EventsView[]).map((view) => (
          <li key={view}>
            <Link
              href={HREFS[view]}
              aria-current={view === current ? "page" : undefined}
              className={cn("block rounded-lg px-4 py-2 text-sm font-medium", view === current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100")}
            >
              {t(`view.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
