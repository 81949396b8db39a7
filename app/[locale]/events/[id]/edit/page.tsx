import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { requireUser } from "@/lib/auth/current-user";
import { getEventForEdit } from "@/lib/events/queries";
import { loadForPage } from "@/lib/page-errors";
import { EditorPage } from "../../_components/editor-page";
import { storedValues } from "../../_components/form-values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("eventEditor"))("editHeading") };
}

export default async function EditEventPage({ params }: PageProps<"/[locale]/events/[id]/edit">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/events/${id}/edit`);
  const loaded = await loadForPage(() => getEventForEdit({ actorId: user.id, eventId: id }));
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const { event, going } = loaded.data;
  const t = await getTranslations("eventEditor");
  const trip = event.kind === "BUSINESS_TRIP";
  return (
    <EditorPage
      locale={locale}
      network={event.network}
      values={storedValues(event)}
      heading={t(trip ? "editTripHeading" : "editHeading")}
      intro={t(trip ? "editTripIntro" : "editIntro")}
      back={{ href: `/events/${event.id}`, label: t("backToEvent", { title: event.title }) }}
      chosenLeaders={event.trip?.leaders.map((leader) => leader.user) ?? []}
      going={going}
    />
  );
}
