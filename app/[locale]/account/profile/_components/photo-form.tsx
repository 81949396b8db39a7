"use client";
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/action-button";
import { Avatar } from "@/components/avatar";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { LIMITS, PHOTO_TYPES } from "@/lib/profiles/options";
import { removePhotoAction, uploadPhotoAction } from "../actions";

/**
 * Upload or remove the profile photo. The size is checked here as well, so that a too large
 * file is refused before it is sent; the server checks size and content again.
 */
export function PhotoForm({ memberId, name, photoVersion }: { memberId: string; name: string; photoVersion: number | null }) {
  const t = useTranslations("profile");
  const tAll = useTranslations();
  const id = useId();
  const [state, action] = useActionState(uploadPhotoAction, initialActionState);
  const [tooLarge, setTooLarge] = useState(false);
  const errors = tooLarge ? ["validation.photoTooLarge"] : state.fieldErrors?.photo;

  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <Avatar id={memberId} name={name} photoVersion={photoVersion} size="lg" />
      <div className="flex-1 space-y-4">
        {photoVersion == null && <p className="text-slate-700">{t("noPhoto")}</p>}
        <form
          action={action}
          className="space-y-3"
          noValidate
          onSubmit={(event) => {
            if (tooLarge) event.preventDefault();
          }}
        >
          {!tooLarge && <FormMessage state={state} />}
          <div className="space-y-1.5">
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {t("photoLabel")}
            </label>
            <input
              id={id}
              type="file"
              name="photo"
              accept={PHOTO_TYPES.join(",")}
              aria-describedby={[`${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ")}
              aria-invalid={errors?.length ? true : undefined}
              onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > LIMITS.photoBytes)}
              className={cn(
                "block w-full rounded-lg border bg-white text-sm text-slate-800 file:me-3 file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-800",
                errors?.length ? "border-red-600" : "border-slate-300",
              )}
            />
            <p id={`${id}-hint`} className="text-sm text-slate-600">
              {t("photoHint")}
            </p>
            {errors?.length ? (
              <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
                {errors.map((key) => tAll(key)).join(" ")}
              </p>
            ) : null}
          </div>
          <SubmitButton pendingLabel={t("uploadingPhoto")}>{t("uploadPhoto")}</SubmitButton>
        </form>
        {photoVersion != null && (
          <ActionButton action={removePhotoAction} fields={{}} confirm={t("removePhotoConfirm")}>
            {t("removePhoto")}
          </ActionButton>
        )}
      </div>
    </div>
  );
}
