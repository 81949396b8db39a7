"use client";
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { CountryPicker } from "@/components/country-picker";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useActionGeneration } from "@/components/profile/use-action-generation";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { errorsAt } from "@/lib/profiles/form";
import { COMPANY_SIZES, LIMITS, SNI_SECTIONS } from "@/lib/profiles/options";
import { updateCompanyAction } from "../actions";

export interface CompanyFormValues {
  name: string;
  orgNumber: string;
  sniSection: string;
  size: string;
  website: string;
  exporting: boolean | null;
  exportMarkets: string[];
}

export function CompanyForm({ company, countryOptions }: { company: CompanyFormValues; countryOptions: SelectOption[] }) {
  const t = useTranslations("company");
  const tAll = useTranslations();
  const exportingId = useId();
  const [state, action] = useActionState(updateCompanyAction, initialActionState);
  const generation = useActionGeneration(state);
  const [markets, setMarkets] = useState(company.exportMarkets);
  const v = state.ok ? undefined : state.values;
  const e = state.fieldErrors;
  const exporting = v ? (v.exporting ?? "") : company.exporting === null ? "" : company.exporting ? "yes" : "no";

  return (
    <form action={action} noValidate className="space-y-5">
      <div className="space-y-5" key={generation}>
        <TextField label={t("name")} name="name" required maxLength={LIMITS.companyName} autoComplete="organization" defaultValue={v?.name ?? company.name} errors={e?.name} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("orgNumber")}
            name="orgNumber"
            required
            hint={t("orgNumberHint")}
            inputMode="numeric"
            maxLength={11}
            placeholder="NNNNNN-NNNN"
            defaultValue={v?.orgNumber ?? company.orgNumber}
            errors={e?.orgNumber}
          />
          <SelectField
            label={t("size")}
            name="size"
            required
            placeholder={t("chooseSize")}
            options={COMPANY_SIZES.map((size) => ({ value: size, label: t(`sizes.${size}`) }))}
            defaultValue={v?.size ?? company.size}
            errors={e?.size}
          />
        </div>
        <SelectField
          label={t("sector")}
          name="sniSection"
          required
          placeholder={t("chooseSector")}
          options={SNI_SECTIONS.map((section) => ({ value: section, label: t("sectorOption", { section, name: t(`sni.${section}`) }) }))}
          defaultValue={v?.sniSection ?? company.sniSection}
          errors={e?.sniSection}
        />
        <TextField
          label={t("website")}
          name="website"
          type="url"
          inputMode="url"
          autoComplete="url"
          hint={t("websiteHint")}
          maxLength={LIMITS.website}
          defaultValue={v?.website ?? company.website}
          errors={e?.website}
        />
        <fieldset className="space-y-2" aria-describedby={e?.exporting ? `${exportingId}-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("exporting")}</legend>
          <div className="flex gap-6">
            {(["yes", "no"] as const).map((answer) => (
              <label key={answer} className="flex items-center gap-2 text-slate-800">
                <input type="radio" name="exporting" value={answer} defaultChecked={exporting === answer} className="size-4 accent-brand-700" />
                {t(answer)}
              </label>
            ))}
          </div>
          {e?.exporting && (
            <p id={`${exportingId}-error`} className="text-sm font-medium text-red-700" role="alert">
              {e.exporting.map((key) => tAll(key)).join(" ")}
            </p>
          )}
        </fieldset>
        <CountryPicker
          name="exportMarkets"
          legend={t("exportMarkets")}
          hint={t("exportMarketsHint", { max: LIMITS.exportMarkets })}
          options={countryOptions}
          chosen={markets}
          onChange={setMarkets}
          errors={errorsAt(e, "exportMarkets")}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
