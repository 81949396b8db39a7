"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="text-slate-700">{t("unexpectedText")}</p>
      <Button onClick={reset}>{t("tryAgain")}</Button>
    </div>
  );
}
