import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { cn } from "@/components/ui/cn";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { presentNotification } from "@/lib/notifications/present";
import { listNotifications } from "@/lib/notifications/service";
import { markReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ params }: PageProps<"/[locale]/notifications">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/notifications`);
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  const rows = await listNotifications({ actorId: user.id });
  const items = rows.flatMap((row) => {
    const presented = presentNotification(row, locale);
    return presented ? [{ ...row, ...presented }] : [];
  });
  const hasUnread = items.some((item) => !item.readAt);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/account/notifications" className="font-medium text-brand-800 underline">
            {t("preferencesLink")}
          </Link>
          {hasUnread && (
            <ActionButton action={markReadAction} fields={{}}>
              {t("markAllRead")}
            </ActionButton>
          )}
        </div>
      </header>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
          {items.map((item) => (
            <li key={item.id} className={cn("flex flex-wrap items-start gap-4 p-4", !item.readAt && "bg-brand-50/60")} data-testid="notification">
              <div className="min-w-0 flex-1 space-y-1">
                <Link href={item.href} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                  {t(item.messageKey, item.values)}
                </Link>
                {item.message && <p className="text-sm text-slate-700">“{item.message}”</p>}
                <p className="text-xs text-slate-600">{format.relativeTime(item.createdAt)}</p>
              </div>
              {!item.readAt && (
                <ActionButton action={markReadAction} fields={{ id: item.id }} variant="ghost">
                  {t("markRead")}
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
