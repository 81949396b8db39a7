"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { MarkdownField } from "@/components/markdown-field";
import { RadioGroup } from "@/components/radio-group";
import { useActionGeneration } from "@/components/profile/use-action-generation";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import type { EventKind } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { EVENT_LIMITS } from "@/lib/events/schema";
import { createEventAction, updateEventAction } from "../editor-actions";
import type { BriefingOption, EventFormValues, LeaderOption } from "./form-values";
import { TripFields } from "./trip-fields";
import { useTripState } from "./use-trip-state";

/** "2026-05-04T18:00" plus hours, as wall-clock arithmetic (the value has no zone). */
function laterLocal(value: string, hours: number) {
  const date = new Date(`${value}:00Z`);
  return Number.isNaN(date.getTime()) ? "" : new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 16);
}

/**
 * The organisers' editor for an event or a business trip. Times are entered in Stockholm
 * time whatever the browser's zone; the service reads them so. Every field's errors come
 * back from the service keyed by the field's name and are shown beside it.
 */
export function EventForm({
  values,
  kinds,
  countryOptions,
  leaderOptions,
  briefingOptions,
  going,
}: {
  values: EventFormValues;
  kinds: readonly EventKind[];
  countryOptions: SelectOption[];
  leaderOptions: LeaderOption[];
  briefingOptions: BriefingOption[];
  /** Editing: how many are going (the capacity cannot go below it). */
  going?: number;
}) {
  const t = useTranslations("eventEditor");
  const tEvents = useTranslations("events");
  const tValidation = useTranslations();
  const editing = Boolean(values.eventId);
  const [state, action, pending] = useActionState(editing ? updateEventAction : createEventAction, initialActionState);
  const generation = useActionGeneration(state);
  const v = { ...values, ...(state.ok ? undefined : state.values) };
  const e = state.fieldErrors;
  // Kept in state (above the fields that remount after each submission) so a refused save keeps them.
  const [kind, setKind] = useState<string>(values.kind);
  const [startsAt, setStartsAt] = useState(values.startsAt);
  const [endsAt, setEndsAt] = useState(values.endsAt);
  const trip = useTripState(values, { leaders: leaderOptions, briefings: briefingOptions }, generation);
  const isTrip = kind === "BUSINESS_TRIP";

  const changeStart = (next: string) => {
    setStartsAt(next);
    // A new start past the end moves the end along: two hours later, three days for a trip.
    if (next && (!endsAt || endsAt <= next)) setEndsAt(laterLocal(next, isTrip ? 72 : 2));
  };

  return (
    <form action={action} noValidate className="space-y-8">
      <input type="hidden" name="networkSlug" value={values.networkSlug} />
      {values.eventId && <input type="hidden" name="eventId" value={values.eventId} />}
      <div key={generation} className="space-y-6">
        <SelectField
          label={t("kind")}
          name="kind"
          required
          options={kinds.map((option) => ({ value: option, label: tEvents(`kind.${option}`) }))}
          // defaultValue, not value: React's reset after a submission restores a select to its
          // default option, and the remount (key) makes the kind in state that default.
          defaultValue={kind}
          onChange={(event) => setKind(event.currentTarget.value)}
          hint={editing ? t(isTrip ? "kindHintTrip" : "kindHintEvent") : undefined}
          errors={e?.kind}
        />
        <TextField label={t("titleField")} name="title" required maxLength={EVENT_LIMITS.title} defaultValue={v.title} errors={e?.title} />
        <MarkdownField
          label={t("description")}
          name="description"
          rows={10}
          hint={t("descriptionHint")}
          maxLength={EVENT_LIMITS.description}
          defaultValue={v.description}
          errors={e?.description}
          previewLabel={t("preview")}
          previewEmpty={t("previewEmpty")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("startsAt")}
            name="startsAt"
            type="datetime-local"
            required
            value={startsAt}
            onChange={(event) => changeStart(event.currentTarget.value)}
            errors={e?.startsAt}
          />
          <TextField
            label={t("endsAt")}
            name="endsAt"
            type="datetime-local"
            required
            min={startsAt || undefined}
            value={endsAt}
            onChange={(event) => setEndsAt(event.currentTarget.value)}
            errors={e?.endsAt}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("place")} name="place" maxLength={EVENT_LIMITS.place} hint={t("placeHint")} defaultValue={v.place} errors={e?.place} />
          <TextField
            label={t("onlineUrl")}
            name="onlineUrl"
            type="url"
            inputMode="url"
            maxLength={EVENT_LIMITS.url}
            hint={t("onlineUrlHint")}
            defaultValue={v.onlineUrl}
            errors={e?.onlineUrl}
          />
          <TextField
            label={t("capacity")}
            name="capacity"
            type="number"
            inputMode="numeric"
            min={Math.max(1, going ?? 0)}
            max={EVENT_LIMITS.capacity}
            step={1}
            hint={going ? t("capacityGoingHint", { going }) : t("capacityHint")}
            defaultValue={v.capacity}
            errors={e?.capacity}
          />
          <TextField
            label={t(isTrip ? "commitmentDeadline" : "rsvpDeadline")}
            name="rsvpDeadline"
            type="datetime-local"
            max={startsAt || undefined}
            hint={t(isTrip ? "commitmentDeadlineHint" : "rsvpDeadlineHint")}
            defaultValue={v.rsvpDeadline}
            errors={e?.rsvpDeadline}
          />
        </div>
        <RadioGroup
          legend={t("visibility")}
          name="visibility"
          defaultValue={v.visibility}
          errors={e?.visibility}
          options={(["NETWORK", "PUBLIC"] as const).map((level) => ({ value: level, label: t(`visibilityLevel.${level}`), hint: t(`visibilityHint.${level}`) }))}
        />
        <TripFields trip={trip} active={isTrip} errors={e} countryOptions={countryOptions} firstDay={startsAt.slice(0, 10)} lastDay={endsAt.slice(0, 10)} />
        {e?.networkSlug && (
          <p className="text-sm font-medium text-red-700" role="alert">
            {e.networkSlug.map((key) => tValidation(key)).join(" ")}
          </p>
        )}
      </div>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={buttonClasses()}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
