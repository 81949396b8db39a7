"use client";
import { useTranslations } from "next-intl";
import { EVENT_LIMITS } from "@/lib/events/schema";
import { ChoiceFieldset } from "./choice-fieldset";
import type { LeaderOption } from "./form-values";

/** Trip leaders: members of the network who know the destination, with how they know it. */
export function LeaderPicker({
  countryName,
  options,
  checked,
  onToggle,
  errors,
}: {
  countryName: string | null;
  options: LeaderOption[];
  checked: string[];
  onToggle: (value: string, on: boolean) => void;
  errors?: string[];
}) {
  const t = useTranslations("eventEditor");
  const tProfile = useTranslations("profile");
  const detail = (leader: LeaderOption) =>
    [...leader.relations.map((relation) => tProfile(`relation.${relation}`)), ...(leader.years !== null ? [t("leaderYears", { years: leader.years })] : [])].join(" · ") || undefined;
  return (
    <ChoiceFieldset
      legend={t("leaders")}
      hint={countryName ? t("leadersHint", { country: countryName, max: EVENT_LIMITS.leaders }) : t("leadersChooseCountry")}
      name="leaderIds"
      choices={options.map((leader) => ({ value: leader.id, label: leader.name, detail: detail(leader) }))}
      checked={checked}
      onToggle={onToggle}
      errors={errors}
      empty={countryName ? t("leadersNone", { country: countryName }) : t("noCountryYet")}
      max={EVENT_LIMITS.leaders}
    />
  );
}
