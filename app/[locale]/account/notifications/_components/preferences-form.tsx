"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useActionGeneration } from "@/components/profile/use-action-generation";
import { RadioGroup } from "@/components/radio-group";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { DIGEST_PREFERENCE, deliveries } from "@/lib/notifications/schema";
import { savePreferencesAction } from "../actions";
import { DeliverySelect } from "./delivery-select";

export type PreferenceGroup = { id: string; title: string; kinds: { kind: string; label: string }[] };

/**
 * One labelled choice per kind, grouped, and the weekly digest on or off. A refused form keeps
 * what the person chose where it was a valid choice; the saved choices stand until it is fixed.
 * Errors about the form as a whole (an unknown kind) have no field to sit beside.
 */
export function PreferencesForm({ groups, saved }: { groups: PreferenceGroup[]; saved: Record<string, string> }) {
  const t = useTranslations("notificationPreferences");
  const tAll = useTranslations();
  const [state, action] = useActionState(savePreferencesAction, initialActionState);
  const generation = useActionGeneration(state);
  const echoed = state.ok ? undefined : state.values;
  const valueOf = (kind: string) => {
    const value = echoed?.[kind];
    return value && (deliveries as readonly string[]).includes(value) ? value : saved[kind];
  };
  const options = deliveries.map((delivery) => ({ value: delivery, label: t(`delivery.${delivery}`) }));

  return (
    <form action={action} noValidate className="space-y-6">
      <div key={generation} className="space-y-6">
        <Card>
          <RadioGroup
            legend={t("digestLegend")}
            name={DIGEST_PREFERENCE}
            defaultValue={valueOf(DIGEST_PREFERENCE) === "OFF" ? "OFF" : "EMAIL_DIGEST"}
            errors={state.fieldErrors?.[DIGEST_PREFERENCE]}
            options={[
              { value: "EMAIL_DIGEST", label: t("digestOn"), hint: t("digestHint") },
              { value: "OFF", label: t("digestOff") },
            ]}
          />
        </Card>
        {groups.map((group) => (
          <Card key={group.id} title={group.title}>
            <div className="divide-y divide-slate-100">
              {group.kinds.map(({ kind, label }) => (
                <DeliverySelect key={kind} name={kind} label={label} options={options} defaultValue={valueOf(kind)} errors={state.fieldErrors?.[kind]} />
              ))}
            </div>
          </Card>
        ))}
      </div>
      <FormMessage state={state} />
      {state.fieldErrors?.form && <p className="text-sm font-medium text-red-700">{state.fieldErrors.form.map((key) => tAll(key)).join(" ")}</p>}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
