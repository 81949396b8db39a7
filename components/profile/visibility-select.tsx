"use client";
import { useTranslations } from "next-intl";
import type { Visibility } from "@/generated/prisma/enums";
import { visibilityLevels } from "@/lib/profiles/visibility";
import { SelectField } from "@/components/ui/select-field";

/** "Who may see this section": my networks, all members or public. */
export function VisibilitySelect({ name, defaultValue, errors }: { name: string; defaultValue: Visibility | string; errors?: string[] }) {
  const t = useTranslations("profile");
  return (
    <SelectField
      label={t("visibility")}
      name={name}
      defaultValue={defaultValue}
      errors={errors}
      options={visibilityLevels.map((level) => ({ value: level, label: t(`visibilityOption.${level}`) }))}
    />
  );
}
