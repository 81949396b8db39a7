import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { NetworkSubpageHeader } from "@/components/network-subpage-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listInvitations } from "@/lib/networks/invitations";
import { listJoinRequests } from "@/lib/networks/join-requests";
import { listHandOverCandidates } from "@/lib/networks/lifecycle";
import { getNetworkPage } from "@/lib/networks/queries";
import { STARTUP_MEETINGS_REQUIRED } from "@/lib/networks/rules";
import { loadForPage } from "@/lib/page-errors";
import { HandOverForm } from "./_components/hand-over-form";
import { InvitationForm } from "./_components/invitation-form";
import { JoinRequestDecision } from "./_components/join-request-decision";
import { StartupMeetingForm } from "./_components/startup-meeting-form";
import { revokeInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title") };
}

export default async function ManageNetworkPage({ params }: PageProps<"/[locale]/networks/[slug]/manage">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/networks/${slug}/manage`);
  const t = await getTranslations("manage");
  const format = await getFormatter();

  const loaded = await loadForPage(async () => {
    const [network, requests, invitations] = await Promise.all([
      getNetworkPage({ slug, actorId: user.id }),
      listJoinRequests({ actorId: user.id, slug }),
      listInvitations({ actorId: user.id, slug }),
    ]);
    const isFacilitator = network.viewer.role === "FACILITATOR";
    const candidates = isFacilitator && network.status === "FORMING" ? await listHandOverCandidates({ actorId: user.id, slug }) : [];
    return { network, requests, invitations, isFacilitator, candidates };
  });
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const { network, requests, invitations, isFacilitator, candidates } = loaded.data;
  const meetingsHeld = network.startupMeetings.length;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-8">
      <NetworkSubpageHeader network={network} title={t("title")}>
        <p>
          <Link href={`/networks/${network.slug}/members`} className="font-medium text-brand-700 underline">
            {t("manageMembers")}
          </Link>
        </p>
      </NetworkSubpageHeader>

      {isFacilitator && network.status === "FORMING" && (
        <Card title={t("startupTitle")}>
          <p className="mb-4 text-slate-700" data-testid="startup-count">
            {t("startupCount", { held: meetingsHeld, required: STARTUP_MEETINGS_REQUIRED })}
          </p>
          {network.startupMeetings.length > 0 && (
            <ol className="mb-4 list-inside list-decimal text-sm text-slate-800">
              {network.startupMeetings.map((meeting) => (
                <li key={meeting.number}>{format.dateTime(meeting.heldOn, { dateStyle: "long", timeZone: "UTC" })}</li>
              ))}
            </ol>
          )}
          {meetingsHeld < STARTUP_MEETINGS_REQUIRED ? (
            <StartupMeetingForm slug={network.slug} nextNumber={meetingsHeld + 1} today={today} />
          ) : (
            <div className="space-y-3">
              <h3 className="text-lg font-semibold">{t("handOverTitle")}</h3>
              <p className="text-slate-700">{t("handOverIntro")}</p>
              {candidates.length ? (
                <HandOverForm slug={network.slug} candidates={candidates.map((candidate) => candidate.user)} />
              ) : (
                <p className="text-slate-700">{t("noCandidates")}</p>
              )}
            </div>
          )}
        </Card>
      )}

      <Card title={<>{t("requestsTitle")} <Badge tone="brand">{requests.length}</Badge></>}>
        {requests.length === 0 ? (
          <p className="text-slate-700">{t("noRequests")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {requests.map((request) => (
              <li key={request.id} className="grid gap-4 py-4 md:grid-cols-2" data-testid="join-request">
                <div className="space-y-1">
                  <p className="font-semibold">{request.user.name}</p>
                  {(request.user.headline || request.user.companyName) && <p className="text-sm text-slate-700">{request.user.headline ?? request.user.companyName}</p>}
                  <p className="text-sm text-slate-600">{format.dateTime(request.createdAt, { dateStyle: "medium" })}</p>
                  <blockquote className="border-s-4 border-brand-200 ps-3 text-slate-800">{request.motivation}</blockquote>
                </div>
                <JoinRequestDecision requestId={request.id} requesterName={request.user.name} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("invitationsTitle")}>
        <p className="mb-4 text-slate-700">{t("invitationsIntro")}</p>
        <InvitationForm slug={network.slug} />
        {invitations.length > 0 && (
          <div className="mt-6 overflow-x-auto">
            <table className="w-full text-start text-sm">
              <caption className="sr-only">{t("invitationsTitle")}</caption>
              <thead className="text-slate-700">
                <tr>
                  <th scope="col" className="py-2 text-start font-medium">{t("createdBy")}</th>
                  <th scope="col" className="py-2 text-start font-medium">{t("expires")}</th>
                  <th scope="col" className="py-2 text-start font-medium">{t("uses")}</th>
                  <th scope="col" className="py-2 text-start font-medium">{t("status")}</th>
                  <th scope="col" className="py-2 text-start font-medium"><span className="sr-only">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td className="py-2">{invitation.createdBy.name}</td>
                    <td className="py-2">{format.dateTime(invitation.expiresAt, { dateStyle: "medium" })}</td>
                    <td className="py-2">{invitation.uses} / {invitation.maxUses}</td>
                    <td className="py-2">
                      <Badge tone={invitation.usable ? "green" : "neutral"}>{t(invitation.revokedAt ? "revoked" : invitation.usable ? "active" : "used")}</Badge>
                    </td>
                    <td className="py-2">
                      {invitation.usable && (
                        <ActionButton action={revokeInvitationAction} fields={{ slug: network.slug, invitationId: invitation.id }}>
                          {t("revoke")}
                        </ActionButton>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
