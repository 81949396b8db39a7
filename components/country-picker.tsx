"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { SelectOption } from "@/components/ui/select-field";

/**
 * A filterable list of country checkboxes (export markets, an article's countries). Filtering only hides rows, so a
 * ticked country that is filtered away is still sent; the chosen ones are listed first.
 */
export function CountryPicker({
  name,
  legend,
  hint,
  options,
  chosen,
  onChange,
  errors,
}: {
  name: string;
  legend: string;
  hint: string;
  options: SelectOption[];
  chosen: string[];
  onChange: (countries: string[]) => void;
  errors?: string[];
}) {
  const t = useTranslations("countryPicker");
  const tAll = useTranslations();
  const id = useId();
  const [filter, setFilter] = useState("");
  // Order fixed at first render, so boxes do not jump while someone ticks them.
  const [initiallyChosen] = useState(() => new Set(chosen));
  const ordered = [...options.filter((option) => initiallyChosen.has(option.value)), ...options.filter((option) => !initiallyChosen.has(option.value))];
  const needle = filter.trim().toLocaleLowerCase();
  const invalid = Boolean(errors?.length);

  return (
    <fieldset className="space-y-2" aria-describedby={[`${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint} <span aria-live="polite">{t("chosenCount", { count: chosen.length })}</span>
      </p>
      <label htmlFor={`${id}-filter`} className="sr-only">
        {t("filter")}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        placeholder={t("filter")}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700"
      />
      <div className={`max-h-72 overflow-y-auto rounded-lg border p-3 ${invalid ? "border-red-600" : "border-slate-300"}`}>
        <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
          {ordered.map((option) => (
            <label key={option.value} hidden={needle !== "" && !option.label.toLocaleLowerCase().includes(needle)} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  onChange(on ? [...chosen, option.value] : chosen.filter((code) => code !== option.value));
                }}
                className="size-4 rounded border-slate-400 accent-brand-700"
              />
              {option.label}
            </label>
          ))}
        </div>
      </div>
      {invalid && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {errors!.map((key) => tAll(key)).join(" ")}
        </p>
      )}
    </fieldset>
  );
}
