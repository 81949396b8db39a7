"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { useActionGeneration } from "@/components/profile/use-action-generation";
import { VisibilitySelect } from "@/components/profile/visibility-select";
import { Card } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";
import { initialActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/profiles/options";
import { updateProfileAction } from "../actions";
import { CountryRows, type CountryKnowledgeValue } from "./country-rows";
import { LanguageRows } from "./language-rows";

export interface ProfileFormValues {
  headline: string;
  bio: string;
  city: string;
  countryOfBirth: string;
  openToIntroductions: boolean;
  visibility: { about: string; languages: string; countries: string; company: string };
  languages: { code: string; level: string }[];
  countries: CountryKnowledgeValue[];
}

/** The whole profile in one form: one save replaces the about fields, both lists and the visibilities. */
export function ProfileForm({ profile, countryOptions, languageOptions }: { profile: ProfileFormValues; countryOptions: SelectOption[]; languageOptions: SelectOption[] }) {
  const t = useTranslations("profile");
  const openId = useId();
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  const generation = useActionGeneration(state);
  // After a refusal the fields show what was sent (echoed by the action), otherwise what is saved.
  const v = state.ok ? undefined : state.values;
  const e = state.fieldErrors;
  const countries = countryOptions;

  return (
    <form action={action} noValidate className="space-y-6">
      <Card title={t("aboutTitle")}>
        <div className="space-y-4" key={generation}>
          <TextField label={t("headline")} name="headline" hint={t("headlineHint")} maxLength={LIMITS.headline} defaultValue={v?.headline ?? profile.headline} errors={e?.headline} />
          <TextAreaField label={t("bio")} name="bio" hint={t("bioHint")} rows={6} maxLength={LIMITS.bio} defaultValue={v?.bio ?? profile.bio} errors={e?.bio} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t("city")} name="city" maxLength={LIMITS.city} autoComplete="address-level2" defaultValue={v?.city ?? profile.city} errors={e?.city} />
            <SelectField
              label={t("countryOfBirth")}
              name="countryOfBirth"
              placeholder={t("notStated")}
              options={countries}
              defaultValue={v?.countryOfBirth ?? profile.countryOfBirth}
              errors={e?.countryOfBirth}
            />
          </div>
          <div className="flex items-start gap-3">
            <input
              id={openId}
              type="checkbox"
              name="openToIntroductions"
              defaultChecked={v ? v.openToIntroductions === "on" : profile.openToIntroductions}
              aria-describedby={`${openId}-hint`}
              className="mt-1 size-4 rounded border-slate-400 accent-brand-700"
            />
            <div>
              <label htmlFor={openId} className="font-medium text-slate-800">
                {t("openToIntroductions")}
              </label>
              <p id={`${openId}-hint`} className="text-sm text-slate-600">
                {t("openToIntroductionsHint")}
              </p>
            </div>
          </div>
          <VisibilitySelect name="aboutVisibility" defaultValue={v?.aboutVisibility ?? profile.visibility.about} errors={e?.aboutVisibility} />
        </div>
      </Card>

      <LanguageRows initial={profile.languages} options={languageOptions} visibility={v?.languagesVisibility ?? profile.visibility.languages} fieldErrors={e} generation={generation} />
      <CountryRows initial={profile.countries} options={countries} visibility={v?.countriesVisibility ?? profile.visibility.countries} fieldErrors={e} generation={generation} />

      <Card title={t("companyTitle")}>
        <div className="space-y-4" key={generation}>
          <p className="text-slate-700">
            {t("companyIntro")}{" "}
            <Link href="/account/company" className="font-medium text-brand-800 underline">
              {t("editCompany")}
            </Link>
          </p>
          <VisibilitySelect name="companyVisibility" defaultValue={v?.companyVisibility ?? profile.visibility.company} errors={e?.companyVisibility} />
        </div>
      </Card>

      <p className="text-sm text-slate-600">{t("visibilityHint")}</p>
      <div className="sticky bottom-0 z-10 -mx-2 space-y-3 rounded-t-xl border-t border-slate-200 bg-white/95 px-2 py-4 backdrop-blur">
        <FormMessage state={state} />
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
