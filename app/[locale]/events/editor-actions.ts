"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { ActionState } from "@/lib/action-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { tripBriefingsForEditor, type BriefingOption } from "@/lib/events/editor";
import { createEvent, updateEvent } from "@/lib/events/events";
import { signedInAction } from "@/lib/server-action";

// The event editor's actions. The form posts itinerary and checklist rows as indexed names
// (`itinerary.2.day`, `checklist.0.label`, …); they are gathered here into arrays of rows for
// the service, which validates them. Rows left completely empty are dropped, and field errors
// of the rows that remain are keyed back to the row the person sees.

type Fields = Record<string, string | string[]>;

const ROW_FIELDS = { itinerary: ["day", "time", "activity", "place", "notes"], checklist: ["label", "done"] } as const;
type ListName = keyof typeof ROW_FIELDS;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The rows of one list, in the order shown, with the position each row had in the form. */
function rowsOf(fields: Fields, list: ListName) {
  const byIndex = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(fields)) {
    const match = new RegExp(`^${list}\\.(\\d{1,3})\\.(\\w+)$`).exec(key);
    if (!match || !(ROW_FIELDS[list] as readonly string[]).includes(match[2]!)) continue;
    const index = Number(match[1]);
    byIndex.set(index, { ...byIndex.get(index), [match[2]!]: single(value) });
  }
  const filled = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, row]) => (list === "checklist" ? Boolean(row.label?.trim()) : Object.values(row).some((value) => value.trim() !== "")));
  return { rows: filled.map(([, row]) => (list === "checklist" ? { label: row.label ?? "", done: row.done ?? "" } : row)), positions: filled.map(([index]) => index) };
}

/** The service's input: the flat fields, with the rows as arrays of objects. */
function serviceInput(fields: Fields) {
  const flat = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "eventId" && !/^(itinerary|checklist)\./.test(key)));
  if (flat.kind !== "BUSINESS_TRIP") return { input: flat as Record<string, unknown>, positions: { itinerary: [], checklist: [] } };
  const itinerary = rowsOf(fields, "itinerary");
  const checklist = rowsOf(fields, "checklist");
  return {
    input: { ...flat, targetSectors: flat.targetSectors ?? [], leaderIds: flat.leaderIds ?? [], briefingIds: flat.briefingIds ?? [], itinerary: itinerary.rows, checklist: checklist.rows } as Record<string, unknown>,
    positions: { itinerary: itinerary.positions, checklist: checklist.positions },
  };
}

/** Runs the service; a refusal's `itinerary.K.day` becomes the form's `itinerary.{position of K}.day`. */
async function withRowErrors<T>(positions: Record<ListName, number[]>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError) || !error.fieldErrors) throw error;
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([key, messages]) => {
        const match = /^(itinerary|checklist)\.(\d+)(\..+)?$/.exec(key);
        const position = match ? positions[match[1] as ListName][Number(match[2])] : undefined;
        return [match && position !== undefined ? `${match[1]}.${position}${match[3] ?? ""}` : key, messages];
      }),
    );
    throw new AppError(error.code, error.messageKey, fieldErrors);
  }
}

function revalidateEvents(networkSlug: unknown) {
  revalidatePath("/[locale]/events", "layout");
  if (typeof networkSlug === "string") revalidatePath("/[locale]/networks/[slug]", "layout");
}

async function save(formData: FormData, run: (actorId: string, fields: Fields, input: Record<string, unknown>) => Promise<string>, message: string): Promise<ActionState> {
  let target: string | null = null;
  const state = await signedInAction(formData, async (user, fields) => {
    const { input, positions } = serviceInput(fields);
    const id = await withRowErrors(positions, () => run(user.id, fields, input));
    revalidateEvents(fields.networkSlug);
    target = `/events/${id}`;
    return { ok: true, message };
  });
  if (state.ok && target) redirect({ href: target, locale: await getLocale() });
  return state;
}

/** Announces a new event or trip, then shows its page. */
export async function createEventAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return save(formData, (actorId, _fields, input) => createEvent({ actorId, ...input }), "eventCreated");
}

/** Saves an event or trip, then shows its page. */
export async function updateEventAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return save(
    formData,
    async (actorId, fields, input) => {
      const eventId = single(fields.eventId);
      await updateEvent({ actorId, eventId, ...input });
      return eventId;
    },
    "eventSaved",
  );
}

/** The briefing articles about a trip's newly chosen country (for organisers of the network). */
export async function briefingOptionsAction(networkSlug: string, country: string): Promise<BriefingOption[]> {
  const user = await getCurrentUser();
  if (!user) return [];
  try {
    return await tripBriefingsForEditor({ actorId: user.id, networkSlug, country });
  } catch (error) {
    if (error instanceof AppError) return [];
    throw error;
  }
}
