import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChannelList } from "@/components/chat/channel-list";
import { ChannelView } from "@/components/chat/channel-view";
import { Link } from "@/i18n/navigation";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { getChannelSummary, listChannels } from "@/lib/chat/channels";
import { AppError } from "@/lib/errors";

/** Null for a channel that does not exist or that the user may not read: both are a 404. Once per request. */
const load = cache(async (actorId: string, channelId: string) => {
  try {
    return await getChannelSummary({ actorId, channelId });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps<"/[locale]/chat/[channelId]">): Promise<Metadata> {
  const { channelId } = await params;
  const user = await getCurrentUser();
  const channel = user ? await load(user.id, channelId) : null;
  const t = await getTranslations("chat");
  return { title: channel ? `${channel.name} · ${t("title")}` : t("title") };
}

/** One conversation; on wide screens the channel list stays beside it, on a phone it has a back link instead. */
export default async function ChannelPage({ params }: PageProps<"/[locale]/chat/[channelId]">) {
  const { locale, channelId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/chat/${channelId}`);
  const channel = await load(user.id, channelId);
  if (!channel) notFound();
  const channels = await listChannels({ actorId: user.id });
  const t = await getTranslations("chat");
  return (
    <div className="grid gap-6 md:grid-cols-[17rem_minmax(0,1fr)]">
      <div className="hidden space-y-4 md:block">
        <p className="text-xl font-semibold">
          <Link href="/chat" className="hover:underline">
            {t("title")}
          </Link>
        </p>
        <ChannelList channels={channels} activeId={channel.id} />
      </div>
      {/* Keyed by channel, so switching channels starts a fresh view (join, scroll, composer). */}
      <ChannelView key={channel.id} initial={channel} me={{ id: user.id, name: user.name }} />
    </div>
  );
}
