"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { createNetworkAction } from "../actions";

/** Facilitators create for themselves; admins pick the facilitator who will run the network. */
export function CreateNetworkForm({ facilitators }: { facilitators?: { id: string; name: string; organisation: string }[] }) {
  const t = useTranslations();
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
        <SelectField
          label={t("createNetwork.facilitator")}
          name="facilitatorId"
          placeholder={t("createNetwork.chooseFacilitator")}
          defaultValue={v.facilitatorId ?? ""}
          errors={e.facilitatorId}
          options={facilitators.map((facilitator) => ({ value: facilitator.id, label: `${facilitator.name} · ${facilitator.organisation}` }))}
        />
      )}
      <SubmitButton>{t("createNetwork.submit")}</SubmitButton>
    </form>
  );
}
