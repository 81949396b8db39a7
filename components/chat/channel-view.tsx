"use client";
import { useMemo } from "react";
import { ArrowLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRealtime } from "@/components/realtime/socket-provider";
import { Link } from "@/i18n/navigation";
import type { ChannelSummary, ChatAuthor } from "@/lib/realtime/events";
import { ConnectionLine, PresenceLine, ReadOnlyNotice, TypingLine } from "./channel-status";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { useChannel } from "./use-channel";

/** The open channel: header, message log, who is typing and the message box. */
export function ChannelView({ initial, me }: { initial: ChannelSummary; me: { id: string; name: string } }) {
  const t = useTranslations("chat");
  const { status } = useRealtime();
  const { state, send, retry, discard, change, loadOlder, notifyTyping, clearError } = useChannel(initial);
  const { channel, messages } = state;

  // Names of people seen in this channel, for the presence line.
  const known = useMemo(() => new Map(messages.map((message) => [message.author.id, message.author.name])), [messages]);
  const online = useMemo(() => new Set(state.online), [state.online]);
  const author: ChatAuthor = useMemo(() => {
    const own = messages.findLast((message) => message.author.id === me.id);
    return own?.author ?? { id: me.id, name: me.name, photoVersion: null };
  }, [messages, me]);
  const typing = Object.entries(state.typing).map(([, entry]) => entry.name);

  return (
    <section aria-labelledby="chat-channel-title" className="flex h-[calc(100dvh-13rem)] min-h-[22rem] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white md:h-[calc(100dvh-12rem)]">
      <header className="border-b border-slate-200 px-3 py-2 sm:px-4">
        <p className="md:hidden">
          <Link href="/chat" className="inline-flex items-center gap-1 text-sm font-medium text-brand-800 underline underline-offset-2">
            <ArrowLeft aria-hidden="true" className="size-4 rtl:-scale-x-100" />
            {t("backToChannels")}
          </Link>
        </p>
        <h1 id="chat-channel-title" className="truncate text-lg font-semibold">
          {channel.name}
        </h1>
        <div className="flex flex-wrap items-center gap-x-3">
          <p className="text-sm text-slate-700">{t(`kindLabel.${channel.kind}`)}</p>
          {channel.kind === "NETWORK" && state.joined && <PresenceLine online={state.online} known={known} me={author} />}
          {channel.kind === "EVENT" && channel.eventId && (
            <Link href={`/events/${channel.eventId}`} className="text-sm font-medium text-brand-800 underline underline-offset-2">
              {t("eventPage")}
            </Link>
          )}
        </div>
      </header>
      <ConnectionLine status={status} />
      <MessageList
        label={t("messagesIn", { channel: channel.name })}
        me={author}
        messages={messages}
        pending={state.pending}
        online={online}
        canModerate={channel.canModerate}
        more={state.more}
        loadingOlder={state.loadingOlder}
        joined={state.joined}
        onLoadOlder={loadOlder}
        onEdit={(messageId, body) => change({ messageId, body })}
        onDelete={(messageId) => change({ messageId })}
        onRetry={retry}
        onDiscard={discard}
      />
      <TypingLine names={typing} />
      {channel.canSend ? (
        <Composer channelName={channel.name} error={state.error} offline={status !== "connected"} onSend={send} onTyping={notifyTyping} onDismissError={clearError} />
      ) : (
        <ReadOnlyNotice channel={channel} />
      )}
    </section>
  );
}
