"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/profile/checkbox-group";
import { TextField } from "@/components/ui/field";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/errors";
import { EVENT_LIMITS } from "@/lib/events/schema";
import { SNI_SECTIONS } from "@/lib/profiles/options";
import { ChecklistRows } from "./checklist-rows";
import { ChoiceFieldset } from "./choice-fieldset";
import { ItineraryRows } from "./itinerary-rows";
import { LeaderPicker } from "./leader-picker";
import type { TripState } from "./use-trip-state";

/**
 * What a business trip adds: destination, cities, cost, sectors, leaders who know the
 * country, briefing articles, itinerary and checklist. Hidden and disabled (so nothing is
 * posted) while the event is not a trip, but kept, so switching back loses nothing.
 */
export function TripFields({
  trip,
  active,
  errors,
  countryOptions,
  firstDay,
  lastDay,
}: {
  trip: TripState;
  active: boolean;
  errors?: FieldErrors;
  countryOptions: SelectOption[];
  firstDay: string;
  lastDay: string;
}) {
  const t = useTranslations("eventEditor");
  const tCompany = useTranslations("company");
  const countryName = countryOptions.find((option) => option.value === trip.country)?.label ?? null;
  return (
    <fieldset hidden={!active} disabled={!active} className="space-y-6 rounded-xl border border-slate-200 bg-slate-50 p-5">
      <legend className="rounded-md bg-white px-2 text-lg font-semibold text-slate-900">{t("tripLegend")}</legend>
      <p className="text-slate-700">{t("tripIntro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("country")}
          name="country"
          required
          placeholder={t("chooseCountry")}
          options={countryOptions}
          defaultValue={trip.country} // see the kind select in event-form.tsx
          onChange={(event) => void trip.changeCountry(event.currentTarget.value)}
          errors={errors?.country}
        />
        <TextField
          label={t("cities")}
          name="cities"
          hint={t("citiesHint", { max: EVENT_LIMITS.cities })}
          value={trip.cities}
          onChange={(event) => trip.setCities(event.currentTarget.value)}
          errors={errors?.cities ?? errorsUnder(errors, "cities")}
        />
        <TextField
          label={t("cost")}
          name="costPerPerson"
          type="number"
          inputMode="numeric"
          min={0}
          max={EVENT_LIMITS.cost}
          step={1}
          hint={t("costHint")}
          value={trip.cost}
          onChange={(event) => trip.setCost(event.currentTarget.value)}
          errors={errors?.costPerPerson}
        />
      </div>
      <CheckboxGroup
        legend={t("sectors")}
        name="targetSectors"
        hint={t("sectorsHint")}
        options={SNI_SECTIONS.map((section) => ({ value: section, label: tCompany("sectorOption", { section, name: tCompany(`sni.${section}`) }) }))}
        checked={trip.sectors}
        onToggle={trip.toggleSector}
        errors={errors?.targetSectors ?? errorsUnder(errors, "targetSectors")}
      />
      <p className="sr-only" role="status" aria-live="polite">
        {trip.lookup === "loading" ? t("loadingSuggestions") : trip.lookup === "done" && countryName ? t("suggestionsUpdated", { country: countryName }) : ""}
      </p>
      {trip.lookup === "failed" && (
        <p className="text-sm font-medium text-red-700" role="alert">
          {t("suggestionsFailed")}
        </p>
      )}
      <div aria-busy={trip.lookup === "loading"} className="space-y-6">
        <LeaderPicker countryName={countryName} options={trip.leaderOptions} checked={trip.leaderIds} onToggle={trip.toggleLeader} errors={errors?.leaderIds ?? errorsUnder(errors, "leaderIds")} />
        <ChoiceFieldset
          legend={t("briefings")}
          hint={countryName ? t("briefingsHint", { country: countryName, max: EVENT_LIMITS.briefings }) : t("briefingsChooseCountry")}
          name="briefingIds"
          choices={trip.briefingOptions.map((item) => ({ value: item.id, label: item.title }))}
          checked={trip.briefingIds}
          onToggle={trip.toggleBriefing}
          errors={errors?.briefingIds ?? errorsUnder(errors, "briefingIds")}
          empty={countryName ? t("briefingsNone", { country: countryName }) : t("noCountryYet")}
          max={EVENT_LIMITS.briefings}
        />
      </div>
      <ItineraryRows rows={trip.itinerary} errors={errors} firstDay={firstDay} lastDay={lastDay} />
      <ChecklistRows rows={trip.checklist} errors={errors} />
    </fieldset>
  );
}

/** Errors of a list's entries (`cities.3`), shown once at the list. */
function errorsUnder(errors: FieldErrors | undefined, field: string) {
  const keys = Object.entries(errors ?? {}).flatMap(([key, messages]) => (key.startsWith(`${field}.`) ? messages : []));
  return keys.length ? [...new Set(keys)] : undefined;
}
