import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

const sections = ["what", "why", "who", "rights", "contact"] as const;

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-lg text-slate-700">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section} className="space-y-2">
          <h2 className="text-xl font-semibold">{t(`${section}Title`)}</h2>
          <p className="leading-relaxed text-slate-800">{t(`${section}Text`)}</p>
        </section>
      ))}
    </article>
  );
}
