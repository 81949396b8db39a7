"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { handOverAction } from "../actions";

export function HandOverForm({ slug, candidates }: { slug: string; candidates: { id: string; name: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(handOverAction, initialActionState);
  const errors = state.fieldErrors?.organiserIds;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <fieldset aria-describedby={errors ? "organisers-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("manage.chooseOrganisers")}</legend>
        <div className="max-h-64 space-y-1 overflow-y-auto rounded-lg border border-slate-200 p-3">
          {candidates.map((candidate) => (
            <label key={candidate.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="organiserIds" value={candidate.id} className="size-4 accent-brand-700" />
              {candidate.name}
            </label>
          ))}
        </div>
        {errors && (
          <p id="organisers-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {errors.map((key) => t(key)).join(" ")}
          </p>
        )}
      </fieldset>
      <SubmitButton size="sm">{t("manage.handOver")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
