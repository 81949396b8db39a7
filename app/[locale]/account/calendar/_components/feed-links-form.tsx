"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { resetCalendarTokenAction } from "../../../events/actions";

/**
 * Creates or resets the person's feed token. The token exists in clear only in this action's
 * answer, so the feed links are shown once, right here; resetting asks first because every
 * calendar using the old links stops updating.
 */
export function FeedLinksForm({ hasToken, networks, origin }: { hasToken: boolean; networks: { slug: string; name: string }[]; origin: string }) {
  const t = useTranslations("events.calendar");
  const [state, action] = useActionState(resetCalendarTokenAction, initialActionState);
  const token = state.ok ? state.result?.token : undefined;
  const reset = hasToken || Boolean(token);
  return (
    <div className="space-y-5">
      <form
        action={action}
        onSubmit={(event) => {
          if (reset && !window.confirm(t("resetConfirm"))) event.preventDefault();
        }}
        className="space-y-3"
      >
        <SubmitButton variant={reset ? "secondary" : "primary"}>{reset ? t("reset") : t("create")}</SubmitButton>
        <FormMessage state={state} />
      </form>
      {token && (
        <section aria-labelledby="feed-links-heading" className="space-y-3" data-testid="feed-links">
          <h2 id="feed-links-heading" className="text-lg font-semibold">
            {t("linksHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("linksHint")}</p>
          {networks.map((network) => (
            <TextField
              key={network.slug}
              label={t("feedFor", { network: network.name })}
              name={`feed-${network.slug}`}
              readOnly
              value={`${origin}/api/v1/networks/${network.slug}/calendar?token=${encodeURIComponent(token)}`}
              onFocus={(event) => event.currentTarget.select()}
              dir="ltr"
            />
          ))}
        </section>
      )}
    </div>
  );
}
