import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnread } from "@/lib/notifications/service";
import { LanguageSwitcher } from "./language-switcher";
import { ChatNavLink } from "./realtime/chat-nav-link";
import { NotificationBell } from "./realtime/notification-bell";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const tDirectory = await getTranslations({ locale, namespace: "directory" });
  const user = await getCurrentUser();
  const unread = user ? await countUnread({ actorId: user.id }) : 0;

  const links = (
    <>
      <NavLink href="/networks">{t("networks")}</NavLink>
      <NavLink href="/knowledge">{t("knowledge")}</NavLink>
      <NavLink href="/events">{t("events")}</NavLink>
      {user && <NavLink href="/directory">{tDirectory("navLink")}</NavLink>}
      {user && <ChatNavLink />}
      {user?.facilitatorOrganisation && <NavLink href="/networks/new">{t("startNetwork")}</NavLink>}
      {user?.isAdmin && <NavLink href="/admin">{t("admin")}</NavLink>}
    </>
  );

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 sm:gap-4 sm:px-6 lg:px-8">
        <Link href="/" className="flex items-center gap-2 rounded-lg text-lg font-semibold text-brand-800">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-sm font-bold text-white">
            K
          </span>
          {t("brand")}
        </Link>
        <nav aria-label={t("main")} className="hidden flex-1 items-center gap-1 md:flex">
          {links}
        </nav>
        <div className="ms-auto flex items-center gap-1 sm:gap-2">
          <LanguageSwitcher label={t("language")} />
          {user ? (
            <>
              <NotificationBell serverUnread={unread} />
              <Link href="/account" className="hidden rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:block">
                {user.name}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                {t("signIn")}
              </Link>
              <Link href="/register" className="hidden rounded-lg bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 sm:block">
                {t("register")}
              </Link>
            </>
          )}
        </div>
      </div>
      <nav aria-label={t("mobile")} className="flex gap-1 overflow-x-auto border-t border-slate-100 px-4 py-2 md:hidden">
        {links}
        {user && <NavLink href="/account">{t("account")}</NavLink>}
      </nav>
    </header>
  );
}
