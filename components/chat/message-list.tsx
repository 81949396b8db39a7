"use client";
import { useEffect, useLayoutEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ChatAuthor, ChatMessageDto } from "@/lib/realtime/events";
import type { PendingMessage } from "./channel-state";
import { MessageItem, PendingItem } from "./message-item";

/** Closer than this to the bottom counts as "reading the latest", so new messages scroll into view. */
const NEAR_BOTTOM_PX = 120;
/** Closer than this to the top asks for the previous page. */
const NEAR_TOP_PX = 80;

interface Props {
  label: string;
  me: ChatAuthor;
  messages: ChatMessageDto[];
  pending: PendingMessage[];
  online: ReadonlySet<string>;
  canModerate: boolean;
  more: boolean;
  loadingOlder: boolean;
  joined: boolean;
  onLoadOlder: () => void;
  onEdit: (messageId: string, body: string) => Promise<boolean>;
  onDelete: (messageId: string) => Promise<boolean>;
  onRetry: (item: PendingMessage) => void;
  onDiscard: (clientId: string) => void;
}

/**
 * The scrolling message log. Older pages load when the reader nears the top (or presses the
 * button, for keyboards) and keep what was on screen in place; new messages scroll into view
 * only when the reader was already at the bottom or wrote them.
 */
export function MessageList(props: Props) {
  const { label, me, messages, pending, online, canModerate, more, loadingOlder, joined, onLoadOlder } = props;
  const t = useTranslations("chat");
  const box = useRef<HTMLDivElement>(null);
  // The geometry after the previous render, updated on scroll too.
  const before = useRef({ firstSeq: 0, count: 0, scrollHeight: 0, scrollTop: 0, clientHeight: 0 });

  const remember = () => {
    const element = box.current;
    if (!element) return;
    before.current = { ...before.current, scrollHeight: element.scrollHeight, scrollTop: element.scrollTop, clientHeight: element.clientHeight };
  };

  const itemCount = messages.length + pending.length;
  const firstSeq = messages[0]?.seq ?? 0;
  const lastMine = pending.length > 0 || messages.at(-1)?.author.id === me.id;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const previous = before.current;
    if (previous.count === 0 && itemCount > 0) {
      element.scrollTop = element.scrollHeight; // first page: start at the newest
    } else if (firstSeq < previous.firstSeq && previous.firstSeq > 0) {
      element.scrollTop = previous.scrollTop + (element.scrollHeight - previous.scrollHeight); // older page on top: keep the view
    } else if (itemCount > previous.count) {
      const wasAtBottom = previous.scrollHeight - previous.scrollTop - previous.clientHeight < NEAR_BOTTOM_PX;
      if (wasAtBottom || lastMine) element.scrollTop = element.scrollHeight;
    }
    before.current = { firstSeq, count: itemCount, scrollHeight: element.scrollHeight, scrollTop: element.scrollTop, clientHeight: element.clientHeight };
  }, [itemCount, firstSeq, lastMine]);

  // An edit can change a message's height; stay at the bottom if we were there.
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const previous = before.current;
      if (previous.scrollHeight - previous.scrollTop - previous.clientHeight < NEAR_BOTTOM_PX) element.scrollTop = element.scrollHeight;
      remember();
    });
    observer.observe(element.firstElementChild ?? element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      role="log"
      aria-label={label}
      tabIndex={0}
      onScroll={() => {
        remember();
        if (box.current && box.current.scrollTop < NEAR_TOP_PX && more) onLoadOlder();
      }}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-2 focus-visible:outline-2 focus-visible:outline-brand-700 sm:px-4"
    >
      <div>
        {more && (
          <p className="py-2 text-center">
            <Button variant="ghost" size="sm" onClick={onLoadOlder} disabled={loadingOlder}>
              {loadingOlder ? t("loadingOlder") : t("loadOlder")}
            </Button>
          </p>
        )}
        {joined && !more && messages.length > 0 && <p className="py-2 text-center text-xs text-slate-600">{t("beginning")}</p>}
        {joined && itemCount === 0 && <p className="py-8 text-center text-slate-700">{t("empty")}</p>}
        {!joined && <p className="py-8 text-center text-slate-700">{t("loading")}</p>}
        <ol className="divide-y divide-slate-100">
          {messages.map((message) => (
            <MessageItem
              key={message.seq}
              message={message}
              mine={message.author.id === me.id}
              canModerate={canModerate}
              online={online.has(message.author.id)}
              onEdit={(body) => props.onEdit(message.id, body)}
              onDelete={() => props.onDelete(message.id)}
            />
          ))}
          {pending.map((item) => (
            <PendingItem key={item.clientId} item={item} author={me} onRetry={() => props.onRetry(item)} onDiscard={() => props.onDiscard(item.clientId)} />
          ))}
        </ol>
      </div>
    </div>
  );
}
