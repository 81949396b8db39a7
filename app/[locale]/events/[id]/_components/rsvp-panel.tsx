import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import type { getEvent } from "@/lib/events/queries";
import { isTrip, type RsvpChoice } from "@/lib/events/rules";
import { RSVP_CHOICES } from "@/lib/events/schema";
import { EVENT_TIME_ZONE } from "@/lib/events/time";
import { RsvpButtons } from "./rsvp-buttons";

type Loaded = Awaited<ReturnType<typeof getEvent>>;

// A server component renders once per request, so "now" is the request's moment.
const hasPassed = (date: Date | null) => Boolean(date && date.getTime() <= Date.now());

/**
 * The viewer's answer and the buttons to change it. Visitors are asked to sign in, people
 * outside the network are pointed to it; after the deadline only "not going" remains.
 */
export async function RsvpPanel({ data, signedIn, locale }: { data: Loaded; signedIn: boolean; locale: string }) {
  const t = await getTranslations("events");
  const format = await getFormatter();
  const { event, can, mine } = data;
  const trip = isTrip(event.kind);
  const started = hasPassed(event.startsAt);
  const deadlinePassed = hasPassed(event.rsvpDeadline);
  const full = event.capacity !== null && data.going >= event.capacity;
  const deadline = event.rsvpDeadline ? format.dateTime(event.rsvpDeadline, { dateStyle: "long", timeStyle: "short", timeZone: EVENT_TIME_ZONE }) : null;
  const labels = Object.fromEntries(RSVP_CHOICES.map((choice) => [choice, trip ? t(`tripRsvp.${choice}`) : t(`rsvp.${choice}`)])) as Record<RsvpChoice, string>;
  // After the deadline nobody newly commits, but anyone who answered may still withdraw.
  const choices: RsvpChoice[] = deadlinePassed ? (mine && mine !== "DECLINED" ? ["DECLINED"] : []) : [...RSVP_CHOICES];

  return (
    <Card title={trip ? t("tripRsvpHeading") : t("rsvpHeading")}>
      <div className="space-y-3" data-testid="rsvp-panel">
        {deadline && (
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-900">{trip ? t("commitmentDeadline") : t("rsvpDeadline")}:</span> <time dateTime={event.rsvpDeadline!.toISOString()}>{deadline}</time>
          </p>
        )}
        {started ? (
          <p className="text-slate-700">{t("rsvpClosed")}</p>
        ) : !signedIn ? (
          <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/events/${event.id}` } }} className={buttonClasses("primary", "sm")}>
            {t("signInToRsvp")}
          </Link>
        ) : can.rsvp ? (
          <>
            <p className="font-medium text-slate-900" data-testid="my-answer">
              {t(`${trip ? "tripMine" : "mine"}.${mine ?? "NONE"}`)}
            </p>
            {data.waitlistPosition !== null && <p className="text-slate-800">{t("waitlistPosition", { position: data.waitlistPosition })}</p>}
            {full && mine !== "GOING" && mine !== "WAITLISTED" && !deadlinePassed && <Alert tone="info">{t(trip ? "tripFullNotice" : "fullNotice")}</Alert>}
            {deadlinePassed && deadline && <Alert tone="warning">{trip ? t("tripDeadlinePassed", { date: deadline }) : t("deadlinePassed", { date: deadline })}</Alert>}
            {choices.length > 0 && <RsvpButtons eventId={event.id} current={mine === "WAITLISTED" ? "GOING" : mine} choices={choices} labels={labels} groupLabel={t("rsvpGroup")} />}
          </>
        ) : (
          <p className="text-slate-700">
            {t("membersOnlyRsvp", { network: event.network.name })}{" "}
            <Link href={`/networks/${event.network.slug}`} className="font-medium text-brand-800 underline">
              {t("seeNetwork")}
            </Link>
          </p>
        )}
      </div>
    </Card>
  );
}
