"use client";
import { useTranslations } from "next-intl";
import { DecisionForm } from "@/components/decision-form";
import { RESPONSE_MAX } from "@/lib/introductions/rules";
import { respondToIntroductionAction } from "../actions";

/** Accept or decline a request, with an optional note to the asker. */
export function RespondForm({ introductionId, askerName }: { introductionId: string; askerName: string }) {
  const t = useTranslations("introductions");
  return (
    <DecisionForm
      action={respondToIntroductionAction}
      fields={{ introductionId }}
      label={t("respondTo", { name: askerName })}
      note={{ name: "response", label: t("response"), hint: t("responseHint"), maxLength: RESPONSE_MAX }}
      accept={{ value: "ACCEPTED", label: t("accept") }}
      decline={{ value: "DECLINED", label: t("decline") }}
    />
  );
}
