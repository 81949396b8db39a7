"use client";
import { useTranslations } from "next-intl";
import { DecisionForm } from "@/components/decision-form";
import { decideJoinRequestAction } from "../actions";

export function JoinRequestDecision({ requestId, requesterName }: { requestId: string; requesterName: string }) {
  const t = useTranslations("manage");
  return (
    <DecisionForm
      action={decideJoinRequestAction}
      fields={{ requestId }}
      label={t("decideFor", { name: requesterName })}
      note={{ name: "message", label: t("decisionMessage"), maxLength: 500 }}
      accept={{ value: "APPROVED", label: t("approve") }}
      decline={{ value: "DECLINED", label: t("decline") }}
    />
  );
}
