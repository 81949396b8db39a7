import type { Metadata } from "next";
import { MessagesSquare } from "lucide-react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChannelList } from "@/components/chat/channel-list";
import { requireUser } from "@/lib/auth/current-user";
import { listChannels } from "@/lib/chat/channels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("chat");
  return { title: t("title") };
}

/** The user's channels; on wide screens with room for the conversation they pick. */
export default async function ChatPage({ params }: PageProps<"/[locale]/chat">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/chat`);
  const channels = await listChannels({ actorId: user.id });
  const t = await getTranslations("chat");
  return (
    <div className="grid gap-6 md:grid-cols-[17rem_minmax(0,1fr)]">
      <div className="space-y-4">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <ChannelList channels={channels} />
      </div>
      <div className="hidden min-h-80 flex-col items-center justify-center gap-3 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700 md:flex">
        <MessagesSquare aria-hidden="true" className="size-10 text-slate-400" />
        <p>{t("choose")}</p>
      </div>
    </div>
  );
}
