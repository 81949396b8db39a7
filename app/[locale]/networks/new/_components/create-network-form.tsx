"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { createNetworkAction } from "../actions";

/** Facilitators create for themselves; admins pick the facilitator who will run the network. */
export function CreateNetworkForm({ facilitators }: { facilitators?: { id: string; name: string; organisation: string }[] }) {
  const t = useTranslations();
  const selectId = useId();
  const [state, action] = useActionState(createNetworkAction, initialActionState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField label={t("createNetwork.name")} name="name" required maxLength={80} defaultValue={v.name} errors={e.name} />
      <TextField label={t("createNetwork.slug")} name="slug" hint={t("createNetwork.slugHint")} maxLength={60} defaultValue={v.slug} errors={e.slug} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("createNetwork.region")} name="region" required defaultValue={v.region} errors={e.region} />
        <TextField label={t("createNetwork.city")} name="city" required defaultValue={v.city} errors={e.city} />
      </div>
      <TextAreaField label={t("createNetwork.description")} name="description" required rows={5} maxLength={2000} defaultValue={v.description} errors={e.description} />
      <TextField label={t("createNetwork.languages")} name="languages" hint={t("createNetwork.languagesHint")} defaultValue={v.languages ?? "sv, en"} errors={e.languages} />
      {facilitators && (
        <div className="space-y-1.5">
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
            {t("createNetwork.facilitator")}
          </label>
          <select id={selectId} name="facilitatorId" defaultValue={v.facilitatorId ?? ""} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2" aria-invalid={e.facilitatorId ? true : undefined} aria-describedby={e.facilitatorId ? `${selectId}-error` : undefined}>
            <option value="">{t("createNetwork.chooseFacilitator")}</option>
            {facilitators.map((facilitator) => (
              <option key={facilitator.id} value={facilitator.id}>
                {facilitator.name} · {facilitator.organisation}
              </option>
            ))}
          </select>
          {e.facilitatorId && (
            <p id={`${selectId}-error`} role="alert" className="text-sm font-medium text-red-700">
              {e.facilitatorId.map((key) => t(key)).join(" ")}
            </p>
          )}
        </div>
      )}
      <SubmitButton>{t("createNetwork.submit")}</SubmitButton>
    </form>
  );
}
