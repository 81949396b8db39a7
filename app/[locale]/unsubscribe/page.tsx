import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/errors";
import { describeUnsubscribe } from "@/lib/notifications/unsubscribe";
import { DIGEST_PREFERENCE } from "@/lib/notifications/schema";
import { UnsubscribeForm } from "./_components/unsubscribe-form";

// The link carries a personal token: keep the page out of search engines.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("title"), robots: { index: false, follow: false } };
}

/** Where an email's unsubscribe link leads (through /api/v1/unsubscribe): no sign-in needed. */
export default async function UnsubscribePage({ params, searchParams }: PageProps<"/[locale]/unsubscribe">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const token = (await searchParams).token;
  const t = await getTranslations("unsubscribe");
  const described = await describeUnsubscribe(token).catch((error: unknown) => {
    if (error instanceof AppError) return error;
    throw error;
  });

  if (described instanceof AppError) {
    const tErrors = await getTranslations("errors");
    return (
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-3xl font-semibold tracking-tight">{t("invalidTitle")}</h1>
        <Alert tone="error">{tErrors(described.messageKey)}</Alert>
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/account/notifications` } }} className="inline-block font-medium text-brand-800 underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }

  const digest = described.kind === DIGEST_PREFERENCE;
  const kind = (await getTranslations("notificationKinds"))(described.kind.replace(".", "_"));
  const values = { email: described.email, kind };
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <Card>
        <UnsubscribeForm
          token={String(token)}
          confirm={digest ? t("confirmDigest", values) : t("confirmKind", values)}
          done={digest ? t("doneDigest", values) : t("doneKind", values)}
        />
      </Card>
    </div>
  );
}
