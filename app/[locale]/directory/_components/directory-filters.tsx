"use client";
import { useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Link, useRouter } from "@/i18n/navigation";

export type Option = { value: string; label: string };

export interface FilterValues {
  q?: string;
  country?: string;
  relation?: string;
  language?: string;
  minLevel?: string;
  sector?: string;
  network?: string;
  exporting?: string;
  open?: boolean;
}

function Select({ label, name, value, any, options }: { label: string; name: string; value?: string; any: string; options: Option[] }) {
  return <SelectField label={label} name={name} defaultValue={value ?? ""} placeholder={any} options={options} />;
}

/**
 * The directory's filters: a GET form, so that without JavaScript it still works and the URL
 * carries every filter. With JavaScript, blank fields are left out of the URL so that shared
 * links stay short, and the page updates without a full reload.
 */
export function DirectoryFilters(props: {
  labelledBy: string;
  values: FilterValues;
  countries: Option[];
  languages: Option[];
  sectors: Option[];
  networks: Option[];
  relations: Option[];
  levels: Option[];
}) {
  const t = useTranslations("directory");
  const router = useRouter();
  const openId = useId();
  const { values } = props;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) params.append(key, value.trim());
    }
    const search = params.toString();
    router.push(search ? `/directory?${search}` : "/directory");
  }

  return (
    <form method="get" role="search" aria-labelledby={props.labelledBy} onSubmit={submit} className="space-y-4">
      <TextField label={t("q")} name="q" type="search" maxLength={100} defaultValue={values.q ?? ""} hint={t("qHint")} />
      <Select label={t("country")} name="country" value={values.country} any={t("anyCountry")} options={props.countries} />
      <Select label={t("relationLabel")} name="relation" value={values.relation} any={t("anyRelation")} options={props.relations} />
      <Select label={t("language")} name="language" value={values.language} any={t("anyLanguage")} options={props.languages} />
      <Select label={t("minLevel")} name="minLevel" value={values.minLevel} any={t("anyLevel")} options={props.levels} />
      <Select label={t("sector")} name="sector" value={values.sector} any={t("anySector")} options={props.sectors} />
      <Select label={t("network")} name="network" value={values.network} any={t("anyNetwork")} options={props.networks} />
      <Select
        label={t("exporting")}
        name="exporting"
        value={values.exporting}
        any={t("exportingAny")}
        options={[
          { value: "true", label: t("exportingYes") },
          { value: "false", label: t("exportingNo") },
        ]}
      />
      <div className="flex items-start gap-2">
        <input id={openId} name="open" type="checkbox" value="true" defaultChecked={values.open} className="mt-1 size-4 accent-brand-700" />
        <label htmlFor={openId} className="text-sm text-slate-800">
          {t("open")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses()}>
          {t("submit")}
        </button>
        <Link href="/directory" className="text-sm font-medium text-brand-800 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
