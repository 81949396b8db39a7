"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";
import { initialActionState } from "@/lib/action-state";
import { unsubscribeAction } from "../actions";

/** What will stop and the one button; after it, the confirmation in place (the token stays valid, so no flash is needed). */
export function UnsubscribeForm({ token, confirm, done }: { token: string; confirm: string; done: string }) {
  const t = useTranslations("unsubscribe");
  const [state, action] = useActionState(unsubscribeAction, initialActionState);
  return (
    <div className="space-y-4">
      {/* Always in the page, so that the confirmation is announced when it appears. */}
      <div role="status" className="space-y-2 empty:hidden">
        {state.ok && (
          <>
            <h2 className="text-xl font-semibold">{t("doneTitle")}</h2>
            <p className="text-slate-700">{done}</p>
          </>
        )}
      </div>
      {!state.ok && (
        <form action={action} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p className="text-slate-800">{confirm}</p>
          <FormMessage state={state} />
          <SubmitButton pendingLabel={t("pending")}>{t("button")}</SubmitButton>
        </form>
      )}
      <Link href="/account/notifications" className="inline-block font-medium text-brand-800 underline">
        {t("preferencesLink")}
      </Link>
    </div>
  );
}
