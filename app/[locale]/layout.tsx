import "@fontsource-variable/inter";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/600.css";
import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FlashMessage } from "@/components/flash-message";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SocketProvider } from "@/components/realtime/socket-provider";
import { directionOf, isLocale } from "@/i18n/routing";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readFlash } from "@/lib/flash";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "en", namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("siteName")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  const flashKey = await readFlash();
  const tSuccess = await getTranslations({ locale, namespace: "success" });
  const flash = flashKey && tSuccess.has(flashKey) ? tSuccess(flashKey) : null;
  // The chat connection lives here, so that it survives navigation between pages.
  const user = await getCurrentUser();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>
          <SocketProvider userId={user?.id ?? null}>
            <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow">
              {t("skipToContent")}
            </a>
            <SiteHeader locale={locale} />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 lg:px-8">
              <div role="status" aria-live="polite">
                {flash && <FlashMessage message={flash} />}
              </div>
              {children}
            </main>
            <SiteFooter />
          </SocketProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
