import { getTranslations } from "next-intl/server";
import { NetworkSubpageHeader } from "@/components/network-subpage-header";
import { Card } from "@/components/ui/card";
import type { EventKind, NetworkStatus } from "@/generated/prisma/enums";
import { Link } from "@/i18n/navigation";
import { briefingOptions, leaderSuggestions } from "@/lib/events/editor";
import { EVENT_KINDS } from "@/lib/events/schema";
import { countryOptions } from "@/lib/i18n/options";
import { EventForm } from "./event-form";
import { withChosenLeaders, type EventFormValues } from "./form-values";

/**
 * The kinds the form offers. A trip stays a trip and an event never becomes one (the service
 * refuses both); start-up meetings belong to forming networks, unless the event is one already.
 */
function kindsFor(values: EventFormValues, status: NetworkStatus, editing: boolean): EventKind[] {
  if (editing && values.kind === "BUSINESS_TRIP") return ["BUSINESS_TRIP"];
  return EVENT_KINDS.filter(
    (kind) => !(editing && kind === "BUSINESS_TRIP") && (kind !== "STARTUP_MEETING" || status === "FORMING" || values.kind === "STARTUP_MEETING"),
  );
}

/** The editor's page body for a new, copied or existing event: heading, then the form with its options. */
export async function EditorPage({
  locale,
  network,
  values,
  heading,
  intro,
  back,
  chosenLeaders = [],
  going,
}: {
  locale: string;
  network: { id: string; slug: string; name: string; status: NetworkStatus };
  values: EventFormValues;
  heading: string;
  intro: string;
  back?: { href: string; label: string };
  chosenLeaders?: { id: string; name: string }[];
  going?: number;
}) {
  const t = await getTranslations("eventEditor");
  const country = values.country || null;
  const [suggested, briefings] = await Promise.all([leaderSuggestions(network.id, country), briefingOptions(country, values.briefingIds)]);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <NetworkSubpageHeader network={network} title={heading}>
        <p className="text-slate-700">{intro}</p>
        {back && (
          <p>
            <Link href={back.href} className="font-medium text-brand-800 underline">
              {back.label}
            </Link>
          </p>
        )}
      </NetworkSubpageHeader>
      <p className="text-sm text-slate-600">{t("requiredNote")}</p>
      <Card>
        <EventForm
          values={values}
          kinds={kindsFor(values, network.status, Boolean(values.eventId))}
          countryOptions={countryOptions(locale)}
          leaderOptions={withChosenLeaders(suggested, chosenLeaders)}
          briefingOptions={briefings}
          going={going}
        />
      </Card>
    </div>
  );
}
