"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import type { RsvpChoice } from "@/lib/events/rules";
import { respondAction } from "../../actions";

function Choice({ value, pressed, children }: { value: RsvpChoice; pressed: boolean; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="status" value={value} aria-pressed={pressed} disabled={pending} aria-disabled={pending} className={buttonClasses(pressed ? "primary" : "secondary", "sm")}>
      {children}
    </button>
  );
}

/**
 * The viewer's answer as a row of toggle-like buttons in one form; the pressed one is the
 * current answer (a waitlisted person's "Going" counts as pressed: they asked to go).
 */
export function RsvpButtons({ eventId, current, choices, labels, groupLabel }: { eventId: string; current: RsvpChoice | null; choices: RsvpChoice[]; labels: Record<RsvpChoice, string>; groupLabel: string }) {
  const [state, action] = useActionState(respondAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="eventId" value={eventId} />
      <div role="group" aria-label={groupLabel} className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <Choice key={choice} value={choice} pressed={current === choice}>
            {labels[choice]}
          </Choice>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
