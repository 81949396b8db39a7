import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import type { getEvent } from "@/lib/events/queries";

type Attendee = Awaited<ReturnType<typeof getEvent>>["attendees"][number];

/** Who is going, then the waitlist in order. getEvent fills `attendees` for the network's people only. */
export async function AttendeeList({ attendees }: { attendees: Attendee[] }) {
  const t = await getTranslations("events");
  const going = attendees.filter((row) => row.status === "GOING");
  const waiting = attendees.filter((row) => row.status === "WAITLISTED");
  const person = (row: Attendee) => (
    <Link href={`/members/${row.user.id}`} className="font-medium text-brand-800 underline">
      {row.user.name}
    </Link>
  );
  return (
    <Card title={t("attendees")}>
      {attendees.length === 0 ? (
        <p className="text-slate-700">{t("noAttendees")}</p>
      ) : (
        <div className="space-y-4" data-testid="attendees">
          <section aria-labelledby="attendees-going">
            <h3 id="attendees-going" className="mb-1 font-semibold">
              {t("goingList", { count: going.length })}
            </h3>
            <ul className="space-y-1">
              {going.map((row) => (
                <li key={row.user.id}>{person(row)}</li>
              ))}
            </ul>
          </section>
          {waiting.length > 0 && (
            <section aria-labelledby="attendees-waiting">
              <h3 id="attendees-waiting" className="mb-1 font-semibold">
                {t("waitlistList", { count: waiting.length })}
              </h3>
              <ol className="list-decimal space-y-1 ps-5">
                {waiting.map((row) => (
                  <li key={row.user.id}>{person(row)}</li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
    </Card>
  );
}
