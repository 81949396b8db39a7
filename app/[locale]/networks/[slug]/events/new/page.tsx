import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { managedNetworkForEditor } from "@/lib/events/editor";
import { getEvent } from "@/lib/events/queries";
import { loadForPage } from "@/lib/page-errors";
import { isCountryCode } from "@/lib/profiles/codes";
import { EditorPage } from "@/app/[locale]/events/_components/editor-page";
import { blankValues, storedValues } from "@/app/[locale]/events/_components/form-values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("eventEditor"))("newHeading") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * The source of a copy (`?from=`), or null when it no longer exists. Any event of a network
 * the actor manages can be copied, a cancelled one too (getEventForEdit refuses those).
 */
async function copySource(actorId: string, eventId: string | undefined) {
  if (!eventId) return null;
  try {
    const source = await getEvent({ actorId, eventId });
    await managedNetworkForEditor(source.event.network.slug, actorId);
    return source;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

// /networks/{slug}/events/new — `?kind=BUSINESS_TRIP` starts a trip (with `?country=VN` its
// destination); `?from={eventId}` copies an event one week on.
export default async function NewEventPage({ params, searchParams }: PageProps<"/[locale]/networks/[slug]/events/new">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const search = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : []))).toString();
  const user = await requireUser(locale, `/${locale}/networks/${slug}/events/new${search ? `?${search}` : ""}`);
  const loaded = await loadForPage(async () => {
    const network = await managedNetworkForEditor(slug, user.id);
    return { network, source: await copySource(user.id, one(query.from)) };
  });
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const { network, source } = loaded.data;
  const t = await getTranslations("eventEditor");

  if (source) {
    const values = storedValues(source.event, { weeksLater: 1, networkSlug: network.slug });
    const sameNetwork = source.event.network.slug === network.slug;
    return (
      <EditorPage
        locale={locale}
        network={network}
        values={values}
        heading={t("copyHeading")}
        intro={t("copyIntro", { title: source.event.title })}
        back={{ href: `/events/${source.event.id}`, label: t("backToEvent", { title: source.event.title }) }}
        chosenLeaders={sameNetwork ? (source.event.trip?.leaders.map((leader) => leader.user) ?? []) : []}
      />
    );
  }

  const trip = one(query.kind)?.toUpperCase() === "BUSINESS_TRIP";
  const country = one(query.country)?.toUpperCase() ?? "";
  const checklist = [t("defaultChecklist.visa"), t("defaultChecklist.insurance"), t("defaultChecklist.meetings")];
  return (
    <EditorPage
      locale={locale}
      network={network}
      values={blankValues(network.slug, trip ? "BUSINESS_TRIP" : network.status === "FORMING" ? "STARTUP_MEETING" : "NETWORK_MEETING", trip && isCountryCode(country) ? country : "", checklist)}
      heading={t(trip ? "newTripHeading" : "newHeading")}
      intro={t(trip ? "newTripIntro" : "newIntro")}
    />
  );
}
