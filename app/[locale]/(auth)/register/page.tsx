import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage({ params, searchParams }: PageProps<"/[locale]/register">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("auth");
  const callbackUrl = typeof query.callbackUrl === "string" ? query.callbackUrl : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("registerTitle")}</h1>
        <p className="text-slate-700">{t("registerIntro")}</p>
      </div>
      <Card>
        <RegisterForm callbackUrl={callbackUrl} />
      </Card>
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={{ pathname: "/sign-in", query: callbackUrl ? { callbackUrl } : {} }} className="font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
