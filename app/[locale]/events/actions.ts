"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { resetCalendarToken } from "@/lib/events/calendar";
import { cancelEvent, recordEventAsHeld } from "@/lib/events/events";
import { respondToEvent } from "@/lib/events/rsvp";
import { signedInAction } from "@/lib/server-action";

const SAVED = { GOING: "rsvpGoing", WAITLISTED: "rsvpWaitlisted", INTERESTED: "rsvpInterested", DECLINED: "rsvpDeclined" } as const;

function revalidateEvents() {
  revalidatePath("/[locale]/events", "layout");
  // Network pages list their next events with the counts an answer changes.
  revalidatePath("/[locale]/networks/[slug]", "page");
}

/** Going / interested / not going; going to a full event joins the waitlist (the flash says which). */
export async function respondAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return signedInAction(formData, async (user, fields) => {
    const status = await respondToEvent({ actorId: user.id, eventId: fields.eventId, status: fields.status });
    revalidateEvents();
    return { ok: true, message: SAVED[status] };
  });
}

export async function cancelEventAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return signedInAction(formData, async (user, fields) => {
    await cancelEvent({ actorId: user.id, eventId: fields.eventId });
    revalidateEvents();
    return { ok: true, message: "eventCancelledDone" };
  });
}

/** A facilitator counts an ended start-up meeting as one of the forming network's three. */
export async function recordHeldAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return signedInAction(formData, async (user, fields) => {
    await recordEventAsHeld({ actorId: user.id, eventId: fields.eventId });
    revalidateEvents();
    revalidatePath("/[locale]/networks/[slug]", "layout");
    return { ok: true, message: "meetingRecorded" };
  });
}

/** A new feed token; the old one stops working at once. The token goes back to the form, shown once. */
export async function resetCalendarTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return signedInAction(formData, async (user) => {
    const token = await resetCalendarToken({ actorId: user.id });
    revalidatePath("/[locale]/account/calendar", "page");
    return { ok: true, message: "calendarTokenReset", result: { token } };
  });
}
