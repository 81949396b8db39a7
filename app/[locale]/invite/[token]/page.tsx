import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { previewInvitation } from "@/lib/networks/invitations";
import { loadForPage } from "@/lib/page-errors";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

export default async function InvitationPage({ params }: PageProps<"/[locale]/invite/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("invite");
  const loaded = await loadForPage(() => previewInvitation({ token }));
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const { network, usable } = loaded.data;
  const user = await getCurrentUser();
  const here = `/${locale}/invite/${token}`;

  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-semibold">{t("heading", { network: network.name })}</h1>
      <Card className="space-y-4">
        <p className="text-slate-800">{t("intro", { network: network.name, city: network.city })}</p>
        {!usable ? (
          <Alert tone="warning">{t("expired")}</Alert>
        ) : user ? (
          <ActionButton action={acceptInvitationAction} fields={{ token }} variant="primary">
            {t("accept")}
          </ActionButton>
        ) : (
          <div className="flex flex-wrap gap-3">
            <Link href={{ pathname: "/register", query: { callbackUrl: here } }} className={buttonClasses()}>
              {t("registerToAccept")}
            </Link>
            <Link href={{ pathname: "/sign-in", query: { callbackUrl: here } }} className={buttonClasses("secondary")}>
              {t("signInToAccept")}
            </Link>
          </div>
        )}
      </Card>
    </div>
  );
}
