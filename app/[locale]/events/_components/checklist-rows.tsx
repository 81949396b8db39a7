"use client";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { EVENT_LIMITS } from "@/lib/events/schema";
import type { ChecklistValues } from "./form-values";
import type { Rows } from "./use-trip-state";

/** What participants must arrange before the trip; each row posts `checklist.{n}.label` and `.done`. */
export function ChecklistRows({ rows, errors }: { rows: Rows<ChecklistValues>; errors?: FieldErrors }) {
  const t = useTranslations("eventEditor");
  const tValidation = useTranslations();
  const listErrors = errors?.checklist;
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">{t("checklist")}</legend>
      <p className="text-sm text-slate-600">{t("checklistHint", { max: EVENT_LIMITS.checklist })}</p>
      {rows.rows.length === 0 && <p className="text-sm text-slate-600 italic">{t("checklistEmpty")}</p>}
      <ol className="space-y-2">
        {rows.rows.map((row, index) => {
          const sent = rows.sentIndex(row.key);
          const labelErrors = sent >= 0 ? [...(errors?.[`checklist.${sent}.label`] ?? []), ...(errors?.[`checklist.${sent}`] ?? [])] : [];
          return (
            <li key={row.key} className="flex flex-wrap items-end gap-3">
              <div className="min-w-48 flex-1">
                <TextField
                  label={t("checklistItem", { number: index + 1 })}
                  name={`checklist.${index}.label`}
                  required
                  maxLength={EVENT_LIMITS.label}
                  value={row.label}
                  onChange={(event) => rows.update(row.key, { label: event.currentTarget.value })}
                  errors={labelErrors.length ? labelErrors : undefined}
                />
              </div>
              <label className="flex items-center gap-2 py-2.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name={`checklist.${index}.done`}
                  checked={row.done}
                  onChange={(event) => rows.update(row.key, { done: event.currentTarget.checked })}
                  aria-label={t("checklistDone", { number: index + 1 })}
                  className="size-4 rounded border-slate-400 accent-brand-700"
                />
                {t("done")}
              </label>
              <button type="button" onClick={() => rows.remove(row.key)} className={buttonClasses("ghost", "sm")} aria-label={t("removeChecklistRow", { number: index + 1 })}>
                {t("remove")}
              </button>
            </li>
          );
        })}
      </ol>
      {listErrors?.length ? (
        <p className="text-sm font-medium text-red-700" role="alert">
          {listErrors.map((key) => tValidation(key)).join(" ")}
        </p>
      ) : null}
      <button type="button" onClick={() => rows.add({ label: "", done: false })} disabled={rows.rows.length >= EVENT_LIMITS.checklist} className={buttonClasses("secondary", "sm")}>
        {t("addChecklist")}
      </button>
    </fieldset>
  );
}
