"use client";
import { useState } from "react";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/profile/checkbox-group";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { VisibilitySelect } from "@/components/profile/visibility-select";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { errorsAt, isBlankCountryRow, submittedIndexes } from "@/lib/profiles/form";
import { COUNTRY_RELATIONS, KNOWLEDGE_AREAS, LIMITS } from "@/lib/profiles/options";
import { AddButton, ListErrors } from "./language-rows";

type Row = { key: number; country: string; relations: string[]; years: string; areas: string[]; note: string };
export type CountryKnowledgeValue = { country: string; relations: string[]; years: number | null; areas: string[]; note: string | null };

const emptyRow = (key: number): Row => ({ key, country: "", relations: [], years: "", areas: [], note: "" });
const toggle = (values: string[], value: string, on: boolean) => (on ? [...new Set([...values, value])] : values.filter((existing) => existing !== value));

/**
 * The card of countries known: per country how the person knows it and what they know about
 * it (knowledge *of* the country, never the person's own beliefs). Rows are added and removed
 * in the browser; the page renders one spare empty row for use without JavaScript.
 */
export function CountryRows({
  initial,
  options,
  visibility,
  fieldErrors,
  generation,
}: {
  initial: CountryKnowledgeValue[];
  options: SelectOption[];
  visibility: string;
  fieldErrors?: FieldErrors;
  generation: number;
}) {
  const t = useTranslations("profile");
  const [rows, setRows] = useState<Row[]>(() =>
    [
      ...initial.map((row, key) => ({ key, country: row.country, relations: row.relations, years: row.years == null ? "" : String(row.years), areas: row.areas, note: row.note ?? "" })),
      emptyRow(initial.length),
    ].slice(0, LIMITS.countries),
  );
  const relations = COUNTRY_RELATIONS.map((value) => ({ value, label: t(`relation.${value}`) }));
  const areas = KNOWLEDGE_AREAS.map((value) => ({ value, label: t(`area.${value}`) }));
  const submitted = submittedIndexes(rows, isBlankCountryRow);
  const errorsFor = (index: number, field: string) => (submitted[index] == null ? undefined : errorsAt(fieldErrors, `countries.${submitted[index]}.${field}`));
  const update = (key: number, change: (row: Row) => Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change(row) } : row)));
  const add = () => setRows((current) => [...current, emptyRow(Math.max(-1, ...current.map((row) => row.key)) + 1)]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));

  return (
    <Card title={t("countriesTitle")}>
      <div className="space-y-4">
        <p className="text-slate-700">{t("countriesIntro", { max: LIMITS.countries })}</p>
        <ListErrors errors={fieldErrors?.countries} />
        <ol className="space-y-4" key={`rows-${generation}`}>
          {rows.map((row, index) => {
            const name = (field: string) => `countries.${index}.${field}`;
            return (
              <li key={row.key}>
                <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4" data-testid="country-row">
                  <legend className="px-1 text-sm font-semibold text-slate-700">{t("countryRow", { number: index + 1 })}</legend>
                  <div className="flex items-start gap-3">
                    <div className="flex-1">
                      <SelectField
                        label={t("country")}
                        name={name("country")}
                        placeholder={t("chooseCountry")}
                        options={options}
                        defaultValue={row.country}
                        onChange={(event) => {
                          const country = event.currentTarget.value;
                          update(row.key, () => ({ country }));
                        }}
                        errors={errorsFor(index, "country")}
                      />
                    </div>
                    <Button variant="ghost" size="sm" className="mt-7" onClick={() => remove(row.key)} aria-label={t("removeCountry", { number: index + 1 })}>
                      <Trash2 aria-hidden="true" className="size-4" />
                    </Button>
                  </div>
                  <CheckboxGroup
                    legend={t("relations")}
                    name={name("relations")}
                    options={relations}
                    checked={row.relations}
                    columns={3}
                    onToggle={(value, on) => update(row.key, (current) => ({ relations: toggle(current.relations, value, on) }))}
                    errors={errorsFor(index, "relations")}
                  />
                  <CheckboxGroup
                    legend={t("areas")}
                    name={name("areas")}
                    options={areas}
                    checked={row.areas}
                    columns={3}
                    onToggle={(value, on) => update(row.key, (current) => ({ areas: toggle(current.areas, value, on) }))}
                    errors={errorsFor(index, "areas")}
                  />
                  <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
                    <TextField
                      label={t("years")}
                      name={name("years")}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={LIMITS.maxYears}
                      defaultValue={row.years}
                      onChange={(event) => {
                        const years = event.currentTarget.value;
                        update(row.key, () => ({ years }));
                      }}
                      errors={errorsFor(index, "years")}
                    />
                    <TextField
                      label={t("note")}
                      name={name("note")}
                      hint={t("noteHint")}
                      maxLength={LIMITS.note}
                      defaultValue={row.note}
                      onChange={(event) => {
                        const note = event.currentTarget.value;
                        update(row.key, () => ({ note }));
                      }}
                      errors={errorsFor(index, "note")}
                    />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <AddButton onClick={add} full={rows.length >= LIMITS.countries} label={t("addCountry")} fullLabel={t("limitReached")} />
        <VisibilitySelect key={`visibility-${generation}`} name="countriesVisibility" defaultValue={visibility} errors={fieldErrors?.countriesVisibility} />
      </div>
    </Card>
  );
}
