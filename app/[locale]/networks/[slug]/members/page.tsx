import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { NetworkSubpageHeader } from "@/components/network-subpage-header";
import { Pagination } from "@/components/pagination";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/current-user";
import { listMembers } from "@/lib/networks/members";
import { loadForPage } from "@/lib/page-errors";
import { removeMemberAction, setMemberRoleAction } from "../manage/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params, searchParams }: PageProps<"/[locale]/networks/[slug]/members">) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { page } = await searchParams;
  const user = await requireUser(locale, `/${locale}/networks/${slug}/members`);
  const t = await getTranslations("members");
  const tRole = await getTranslations("network.role");
  const loaded = await loadForPage(() => listMembers({ actorId: user.id, slug, page }));
  if (!loaded.data) return <ForbiddenNotice messageKey={loaded.forbidden} />;
  const { network, members, total, canManage, pageCount } = loaded.data;

  return (
    <div className="space-y-6">
      <NetworkSubpageHeader network={network} title={t("title")}>
        <p className="text-slate-700">{t("total", { count: total })}</p>
      </NetworkSubpageHeader>
      <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
        {members.map(({ user: member, role }) => (
          <li key={member.id} className="flex flex-wrap items-center gap-4 p-4" data-testid="member-row">
            <div className="min-w-48 flex-1">
              <p className="flex items-center gap-2 font-semibold">
                {member.name}
                {role !== "MEMBER" && <Badge tone="brand">{tRole(role)}</Badge>}
              </p>
              <p className="text-sm text-slate-700">{[member.profile?.headline ?? member.company?.name, member.profile?.city].filter(Boolean).join(" · ")}</p>
            </div>
            {canManage && role !== "FACILITATOR" && member.id !== user.id && (
              <div className="flex flex-wrap gap-2">
                <ActionButton action={setMemberRoleAction} fields={{ slug: network.slug, userId: member.id, role: role === "ORGANISER" ? "MEMBER" : "ORGANISER" }}>
                  {role === "ORGANISER" ? t("demote") : t("promote")}
                </ActionButton>
                <ActionButton action={removeMemberAction} fields={{ slug: network.slug, userId: member.id }} variant="danger" confirm={t("removeConfirm", { name: member.name })}>
                  {t("remove")}
                </ActionButton>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Pagination page={loaded.data.page} pageCount={pageCount} href={(target) => `/networks/${network.slug}/members?page=${target}`} />
    </div>
  );
}
