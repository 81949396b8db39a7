"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CHAT_BODY_MAX } from "@/lib/realtime/events";

/** Inline editing of one's own message: Enter saves, Shift+Enter adds a line, Escape cancels. */
export function MessageEditForm({ body, onSave, onCancel }: { body: string; onSave: (body: string) => Promise<boolean>; onCancel: () => void }) {
  const t = useTranslations("chat");
  const id = useId();
  const [value, setValue] = useState(body);
  const [saving, setSaving] = useState(false);
  const trimmed = value.trim();

  const save = async () => {
    if (!trimmed || saving) return;
    if (trimmed === body.trim()) return onCancel();
    setSaving(true);
    const ok = await onSave(trimmed);
    setSaving(false);
    if (ok) onCancel();
  };

  return (
    <form
      className="mt-1 space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t("editLabel")}
      </label>
      <textarea
        dir="auto"
        id={id}
        value={value}
        maxLength={CHAT_BODY_MAX}
        rows={Math.min(6, value.split("\n").length + 1)}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onCancel();
          if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void save();
          }
        }}
        className="block w-full resize-y rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-700 focus:outline-2 focus:outline-brand-700"
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={!trimmed || saving}>
          {t("save")}
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
