import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { countryOptions } from "@/lib/i18n/options";
import { getCompanyEditor } from "@/lib/profiles/company";
import { CompanyForm } from "./_components/company-form";
import { removeCompanyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company"))("title") };
}

export default async function CompanyEditorPage({ params }: PageProps<"/[locale]/account/company">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/company`);
  const t = await getTranslations("company");
  const company = await getCompanyEditor({ actorId: user.id });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p>
          <Link href="/account/profile" className="font-medium text-brand-800 underline">
            {t("backToProfile")}
          </Link>
        </p>
      </header>
      <Card>
        <CompanyForm
          countryOptions={countryOptions(locale)}
          company={{
            name: company?.name ?? "",
            orgNumber: company?.orgNumber ?? "",
            sniSection: company?.sniSection ?? "",
            size: company?.size ?? "",
            website: company?.website ?? "",
            exporting: company ? company.exporting : null,
            exportMarkets: company?.exportMarkets ?? [],
          }}
        />
      </Card>
      {company && (
        <ActionButton action={removeCompanyAction} fields={{}} variant="danger" confirm={t("removeConfirm")}>
          {t("remove")}
        </ActionButton>
      )}
    </div>
  );
}
