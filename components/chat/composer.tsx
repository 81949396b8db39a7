"use client";
import { useId, useState } from "react";
import { SendHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CHAT_BODY_MAX } from "@/lib/realtime/events";

/** The counter appears once this few characters are left. */
const COUNTER_FROM = 500;

/**
 * The message box: Enter sends, Shift+Enter starts a new line (and Enter while an input method
 * is composing, e.g. Arabic or Chinese, is left to the input method).
 */
export function Composer({
  channelName,
  error,
  offline,
  onSend,
  onTyping,
  onDismissError,
}: {
  channelName: string;
  error: string | null;
  offline: boolean;
  onSend: (body: string) => void;
  onTyping: () => void;
  onDismissError: () => void;
}) {
  const t = useTranslations("chat");
  const id = useId();
  const [value, setValue] = useState("");
  const left = CHAT_BODY_MAX - value.length;
  const body = value.trim();

  const send = () => {
    if (!body || left < 0) return;
    onSend(body);
    setValue("");
  };

  return (
    <form
      className="border-t border-slate-200 bg-white p-3"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {error && (
        <div role="alert" className="mb-2 flex items-start justify-between gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <span>{error}</span>
          <button type="button" onClick={onDismissError} className="shrink-0 font-medium underline">
            {t("dismiss")}
          </button>
        </div>
      )}
      <label htmlFor={id} className="sr-only">
        {t("composerLabel", { channel: channelName })}
      </label>
      <div className="flex items-end gap-2">
        <textarea
          dir="auto"
          id={id}
          value={value}
          rows={Math.min(6, value.split("\n").length)}
          maxLength={CHAT_BODY_MAX}
          placeholder={t("composerPlaceholder")}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setValue(event.target.value);
            if (event.target.value) onTyping();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
          className="block max-h-40 min-h-10 w-full flex-1 resize-none rounded-lg border border-slate-300 px-3 py-2 text-base focus:border-brand-700 focus:outline-2 focus:outline-brand-700 sm:text-sm"
        />
        <Button type="submit" disabled={!body} aria-label={t("send")} className="shrink-0 px-3">
          <SendHorizontal aria-hidden="true" className="size-5 rtl:-scale-x-100" />
        </Button>
      </div>
      <div className="mt-1 flex flex-wrap justify-between gap-x-3 text-xs text-slate-600">
        <span id={`${id}-hint`}>{offline ? t("offlineHint") : t("composerHint")}</span>
        {left <= COUNTER_FROM && (
          <span aria-live="polite" className={cn(left <= 50 && "font-semibold text-red-800")}>
            {t("charactersLeft", { count: left })}
          </span>
        )}
      </div>
    </form>
  );
}
