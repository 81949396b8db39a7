import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("auth");
  const callbackUrl = typeof query.callbackUrl === "string" ? query.callbackUrl : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
      {query.signedOutEverywhere && <Alert tone="success">{t("signedOutEverywhere")}</Alert>}
      <Card>
        <SignInForm callbackUrl={callbackUrl} />
      </Card>
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href={{ pathname: "/register", query: callbackUrl ? { callbackUrl } : {} }} className="font-medium text-brand-700 underline">
          {t("register")}
        </Link>
      </p>
    </div>
  );
}
