"use client";
import { useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { VisibilitySelect } from "@/components/profile/visibility-select";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { FieldErrors } from "@/lib/errors";
import { errorsAt, isBlankLanguageRow, submittedIndexes } from "@/lib/profiles/form";
import { LANGUAGE_LEVELS, LIMITS } from "@/lib/profiles/options";

type Row = { key: number; code: string; level: string };

/**
 * The languages card: one row per language, rows added and removed in the browser. The page
 * also renders a spare empty row, so that without JavaScript one language can be added per save
 * (and one removed by choosing the empty option).
 */
export function LanguageRows({
  initial,
  options,
  visibility,
  fieldErrors,
  generation,
}: {
  initial: { code: string; level: string }[];
  options: SelectOption[];
  visibility: string;
  fieldErrors?: FieldErrors;
  generation: number;
}) {
  const t = useTranslations("profile");
  const [rows, setRows] = useState<Row[]>(() => [...initial, { code: "", level: "" }].slice(0, LIMITS.languages).map((row, key) => ({ key, ...row })));
  const levels = LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }));
  const submitted = submittedIndexes(rows, isBlankLanguageRow);
  const errorsFor = (index: number, field: string) => (submitted[index] == null ? undefined : errorsAt(fieldErrors, `languages.${submitted[index]}.${field}`));
  const update = (key: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => setRows((current) => [...current, { key: Math.max(-1, ...current.map((row) => row.key)) + 1, code: "", level: "" }]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));
  const listErrors = fieldErrors?.languages;

  return (
    <Card title={t("languagesTitle")}>
      <div className="space-y-4">
        <p className="text-slate-700">{t("languagesIntro", { max: LIMITS.languages })}</p>
        <ListErrors errors={listErrors} />
        <ol className="space-y-3" key={`rows-${generation}`}>
          {rows.map((row, index) => (
            <li key={row.key}>
              <fieldset className="grid items-start gap-3 rounded-xl border border-slate-200 p-4 sm:grid-cols-[1fr_12rem_auto]" data-testid="language-row">
                <legend className="px-1 text-sm font-semibold text-slate-700">{t("languageRow", { number: index + 1 })}</legend>
                <SelectField
                  label={t("language")}
                  name={`languages.${index}.code`}
                  placeholder={t("chooseLanguage")}
                  options={options}
                  defaultValue={row.code}
                  onChange={(event) => update(row.key, { code: event.currentTarget.value })}
                  errors={errorsFor(index, "code")}
                />
                <SelectField
                  label={t("level")}
                  name={`languages.${index}.level`}
                  placeholder={t("chooseLevel")}
                  options={levels}
                  defaultValue={row.level}
                  onChange={(event) => update(row.key, { level: event.currentTarget.value })}
                  errors={errorsFor(index, "level")}
                />
                <Button variant="ghost" size="sm" className="sm:mt-7" onClick={() => remove(row.key)} aria-label={t("removeLanguage", { number: index + 1 })}>
                  <Trash2 aria-hidden="true" className="size-4" />
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
        <AddButton onClick={add} full={rows.length >= LIMITS.languages} label={t("addLanguage")} fullLabel={t("limitReached")} />
        <VisibilitySelect key={`visibility-${generation}`} name="languagesVisibility" defaultValue={visibility} errors={fieldErrors?.languagesVisibility} />
      </div>
    </Card>
  );
}

export function ListErrors({ errors }: { errors?: string[] }) {
  const t = useTranslations();
  if (!errors?.length) return null;
  return (
    <p className="text-sm font-medium text-red-700" role="alert">
      {errors.map((key) => t(key)).join(" ")}
    </p>
  );
}

export function AddButton({ onClick, full, label, fullLabel }: { onClick: () => void; full: boolean; label: string; fullLabel: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" size="sm" onClick={onClick} disabled={full}>
        <Plus aria-hidden="true" className="size-4" />
        {label}
      </Button>
      {full && <p className="text-sm text-slate-600">{fullLabel}</p>}
    </div>
  );
}
