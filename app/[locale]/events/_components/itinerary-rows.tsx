"use client";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { EVENT_LIMITS } from "@/lib/events/schema";
import type { ItineraryValues } from "./form-values";
import type { Rows } from "./use-trip-state";

type Field = keyof ItineraryValues;

/**
 * The day-by-day programme. Each row posts `itinerary.{n}.day` … for the action to gather;
 * days are limited to the trip's dates (`firstDay`…`lastDay`, from the start and end fields).
 */
export function ItineraryRows({ rows, errors, firstDay, lastDay }: { rows: Rows<ItineraryValues>; errors?: FieldErrors; firstDay: string; lastDay: string }) {
  const t = useTranslations("eventEditor");
  const tValidation = useTranslations();
  const listErrors = errors?.itinerary;
  const addRow = () => {
    const previous = rows.rows.at(-1);
    rows.add({ day: previous?.day || firstDay, time: "", activity: "", place: "", notes: "" });
  };
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">{t("itinerary")}</legend>
      <p className="text-sm text-slate-600">{t("itineraryHint", { max: EVENT_LIMITS.itinerary })}</p>
      {rows.rows.length === 0 && <p className="text-sm text-slate-600 italic">{t("itineraryEmpty")}</p>}
      <ol className="space-y-3">
        {rows.rows.map((row, index) => {
          const sent = rows.sentIndex(row.key);
          const fieldErrors = (field: Field) => (sent >= 0 ? errors?.[`itinerary.${sent}.${field}`] : undefined);
          const rowErrors = sent >= 0 ? errors?.[`itinerary.${sent}`] : undefined;
          const name = (field: Field) => `itinerary.${index}.${field}`;
          return (
            <li key={row.key}>
              <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
                <legend className="px-1 text-sm font-medium text-slate-800">{t("itineraryRow", { number: index + 1 })}</legend>
                <div className="grid gap-3 sm:grid-cols-[10rem_7rem_1fr]">
                  <TextField
                    label={t("day")}
                    name={name("day")}
                    type="date"
                    required
                    min={firstDay || undefined}
                    max={lastDay || undefined}
                    value={row.day}
                    onChange={(event) => rows.update(row.key, { day: event.currentTarget.value })}
                    errors={fieldErrors("day")}
                  />
                  <TextField label={t("time")} name={name("time")} type="time" value={row.time} onChange={(event) => rows.update(row.key, { time: event.currentTarget.value })} errors={fieldErrors("time")} />
                  <TextField
                    label={t("activity")}
                    name={name("activity")}
                    required
                    maxLength={EVENT_LIMITS.activity}
                    value={row.activity}
                    onChange={(event) => rows.update(row.key, { activity: event.currentTarget.value })}
                    errors={fieldErrors("activity")}
                  />
                </div>
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField
                    label={t("itineraryPlace")}
                    name={name("place")}
                    maxLength={EVENT_LIMITS.place}
                    value={row.place}
                    onChange={(event) => rows.update(row.key, { place: event.currentTarget.value })}
                    errors={fieldErrors("place")}
                  />
                  <TextField
                    label={t("notes")}
                    name={name("notes")}
                    maxLength={EVENT_LIMITS.notes}
                    value={row.notes}
                    onChange={(event) => rows.update(row.key, { notes: event.currentTarget.value })}
                    errors={fieldErrors("notes")}
                  />
                </div>
                {rowErrors?.length ? (
                  <p className="text-sm font-medium text-red-700" role="alert">
                    {rowErrors.map((key) => tValidation(key)).join(" ")}
                  </p>
                ) : null}
                <button type="button" onClick={() => rows.remove(row.key)} className={buttonClasses("ghost", "sm")}>
                  {t("removeItineraryRow", { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listErrors?.length ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {listErrors.map((key) => tValidation(key)).join(" ")}
        </p>
      ) : null}
      <button type="button" onClick={addRow} disabled={rows.rows.length >= EVENT_LIMITS.itinerary} className={buttonClasses("secondary", "sm")}>
        {t("addItinerary")}
      </button>
    </fieldset>
  );
}
