"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/avatar";
import { cn } from "@/components/ui/cn";
import { Link } from "@/i18n/navigation";
import type { ChatAuthor, ChatMessageDto } from "@/lib/realtime/events";
import type { PendingMessage } from "./channel-state";
import { LinkifiedText } from "./linkified-text";
import { MessageEditForm } from "./message-edit-form";
import { MessageTime } from "./message-time";

const actionClasses = "rounded px-1.5 py-0.5 text-xs font-medium text-slate-700 underline-offset-2 hover:bg-slate-100 hover:underline";

/** Avatar and name, both leading to the author's profile; the avatar link is skipped by keyboard and screen readers. */
function AuthorLine({ author, online, children }: { author: ChatAuthor; online: boolean; children: React.ReactNode }) {
  const t = useTranslations("chat");
  return (
    <div className="flex flex-wrap items-baseline gap-x-2">
      <Link href={`/members/${author.id}`} className="font-semibold text-slate-900 hover:underline">
        {author.name}
      </Link>
      {online && <span className="sr-only">{t("onlineNow")}</span>}
      {children}
    </div>
  );
}

function AuthorAvatar({ author, online }: { author: ChatAuthor; online: boolean }) {
  return (
    <Link href={`/members/${author.id}`} aria-hidden="true" tabIndex={-1} className="relative shrink-0 self-start">
      <Avatar id={author.id} name={author.name} photoVersion={author.photoVersion} size="sm" decorative />
      {online && <span className="absolute bottom-0 end-0 size-3 rounded-full border-2 border-white bg-emerald-600" />}
    </Link>
  );
}

/** One stored message (its text in its own direction, dir="auto", whatever the UI language), with edit and delete for its author and delete for the channel's organisers. */
export function MessageItem({
  message,
  mine,
  canModerate,
  online,
  onEdit,
  onDelete,
}: {
  message: ChatMessageDto;
  mine: boolean;
  canModerate: boolean;
  online: boolean;
  onEdit: (body: string) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
}) {
  const t = useTranslations("chat");
  const [editing, setEditing] = useState(false);
  const deleted = Boolean(message.deletedAt);

  const confirmDelete = () => {
    if (window.confirm(mine ? t("confirmDeleteOwn") : t("confirmDeleteOther", { name: message.author.name }))) void onDelete();
  };

  return (
    <li className="flex gap-3 py-2" data-testid="chat-message" data-seq={message.seq}>
      <AuthorAvatar author={message.author} online={online} />
      <div className="min-w-0 flex-1">
        <AuthorLine author={message.author} online={online}>
          <MessageTime iso={message.createdAt} />
          {message.editedAt && !deleted && <span className="text-xs text-slate-600">{t("edited")}</span>}
        </AuthorLine>
        {deleted ? (
          <p className="italic text-slate-600">{t("deleted")}</p>
        ) : editing ? (
          <MessageEditForm body={message.body} onSave={onEdit} onCancel={() => setEditing(false)} />
        ) : (
          <p dir="auto" className="whitespace-pre-wrap break-words text-slate-900">
            <LinkifiedText text={message.body} />
          </p>
        )}
        {!deleted && !editing && (mine || canModerate) && (
          <div className="mt-0.5 flex gap-1">
            {mine && (
              <button type="button" className={actionClasses} onClick={() => setEditing(true)} aria-label={t("editAria")}>
                {t("edit")}
              </button>
            )}
            <button type="button" className={actionClasses} onClick={confirmDelete} aria-label={mine ? t("deleteOwnAria") : t("deleteAria", { name: message.author.name })}>
              {t("delete")}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** A message of one's own on its way to the server, or refused by it. */
export function PendingItem({ item, author, onRetry, onDiscard }: { item: PendingMessage; author: ChatAuthor; onRetry: () => void; onDiscard: () => void }) {
  const t = useTranslations("chat");
  return (
    <li className={cn("flex gap-3 py-2", !item.failed && "opacity-70")} data-testid="chat-message" data-pending="true">
      <AuthorAvatar author={author} online={false} />
      <div className="min-w-0 flex-1">
        <AuthorLine author={author} online={false}>
          <span className={cn("text-xs", item.failed ? "font-medium text-red-800" : "text-slate-600")}>{item.failed ? t("notSent") : t("sending")}</span>
        </AuthorLine>
        <p dir="auto" className="whitespace-pre-wrap break-words text-slate-900">
          <LinkifiedText text={item.body} />
        </p>
        {item.failed && (
          <div className="mt-0.5 flex gap-1">
            <button type="button" className={actionClasses} onClick={onRetry}>
              {t("retry")}
            </button>
            <button type="button" className={actionClasses} onClick={onDiscard}>
              {t("discard")}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
