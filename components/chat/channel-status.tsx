"use client";
import { useLocale, useTranslations } from "next-intl";
import type { ConnectionStatus } from "@/components/realtime/socket-provider";
import type { ChannelSummary, ChatAuthor } from "@/lib/realtime/events";

/** Who is online in a network channel: names of those we know, a count for the rest. */
export function PresenceLine({ online, known, me }: { online: readonly string[]; known: ReadonlyMap<string, string>; me: ChatAuthor }) {
  const t = useTranslations("chat");
  const locale = useLocale();
  const others = online.filter((id) => id !== me.id);
  const names = others.flatMap((id) => (known.has(id) ? [known.get(id)!] : []));
  const unnamed = others.length - names.length;
  return (
    <p className="text-sm text-slate-700" data-testid="chat-presence">
      <span aria-hidden="true" className="me-1.5 inline-block size-2 rounded-full bg-emerald-600 align-middle" />
      {others.length === 0
        ? t("onlineOnlyYou")
        : names.length === 0
          ? t("onlineCount", { count: others.length })
          : t("onlineNames", { names: new Intl.ListFormat(locale, { type: "unit" }).format(names), rest: unnamed })}
    </p>
  );
}

function typingText(names: string[], t: ReturnType<typeof useTranslations<"chat">>) {
  const [first, second] = names;
  if (names.length > 2) return t("typingMany");
  if (first !== undefined && second !== undefined) return t("typingTwo", { first, second });
  return first === undefined ? "" : t("typingOne", { name: first });
}

/** "X is typing…", kept in a live region so screen readers hear it without moving focus. */
export function TypingLine({ names }: { names: string[] }) {
  const t = useTranslations("chat");
  return (
    <p aria-live="polite" className="min-h-5 px-3 text-xs text-slate-700 sm:px-4" data-testid="chat-typing">
      {typingText(names, t)}
    </p>
  );
}

/** Shown only when the connection is not up. */
export function ConnectionLine({ status }: { status: ConnectionStatus }) {
  const t = useTranslations("chat");
  return (
    <div role="status" className="empty:hidden">
      {status !== "connected" && (
        <p className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 sm:px-4" data-testid="chat-connection">
          {status === "offline" ? t("offline") : t("connecting")}
        </p>
      )}
    </div>
  );
}

/** Why there is no message box in this channel. */
export function ReadOnlyNotice({ channel }: { channel: ChannelSummary }) {
  const t = useTranslations("chat");
  return (
    <p className="border-t border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700" data-testid="chat-read-only">
      {t(`readOnly.${channel.kind}`, { name: channel.name })}
    </p>
  );
}
