import { Copy, Pencil } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { cancelEventAction, recordHeldAction } from "../../actions";

/** Edit, copy and cancel for the network's organisers; "record as held" for a forming network's facilitator. */
export async function OrganiserTools({ eventId, networkSlug, manage, recordAsHeld }: { eventId: string; networkSlug: string; manage: boolean; recordAsHeld: boolean }) {
  const t = await getTranslations("events");
  return (
    <Card title={t("manageHeading")}>
      <div className="space-y-4">
        {manage && (
          <>
            <div className="flex flex-wrap gap-2">
              <Link href={`/events/${eventId}/edit`} className={buttonClasses("secondary", "sm")}>
                <Pencil aria-hidden="true" className="size-4" />
                {t("edit")}
              </Link>
              <Link href={{ pathname: `/networks/${networkSlug}/events/new`, query: { from: eventId } }} className={buttonClasses("secondary", "sm")}>
                <Copy aria-hidden="true" className="size-4" />
                {t("copy")}
              </Link>
            </div>
            <ActionButton action={cancelEventAction} fields={{ eventId }} variant="danger" confirm={t("cancelConfirm")}>
              {t("cancelEvent")}
            </ActionButton>
          </>
        )}
        {recordAsHeld && (
          <div className="space-y-2">
            <p className="text-sm text-slate-700">{t("recordAsHeldHint")}</p>
            <ActionButton action={recordHeldAction} fields={{ eventId }} variant="primary">
              {t("recordAsHeld")}
            </ActionButton>
          </div>
        )}
      </div>
    </Card>
  );
}
