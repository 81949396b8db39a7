import { z } from "zod";
import { param } from "@/lib/directory/schema";
import { SNI_SECTIONS } from "@/lib/profiles/options";
import { countryCode } from "@/lib/profiles/schema";
import { id, optionalText, plainText, slug } from "@/lib/validation";
import { DateTime } from "luxon";
import { EVENT_TIME_ZONE, fromStockholmLocal } from "./time";

// Inputs of events and trips. Every message is a key of the `validation` namespace.

export const EVENT_KINDS = ["STARTUP_MEETING", "NETWORK_MEETING", "WORKSHOP", "EXPORT_CLUB", "BUSINESS_TRIP", "SOCIAL"] as const;
export const RSVP_CHOICES = ["GOING", "INTERESTED", "DECLINED"] as const;

export const EVENT_LIMITS = {
  title: 140,
  description: 20_000,
  place: 200,
  url: 500,
  capacity: 10_000,
  cities: 10,
  city: 80,
  leaders: 5,
  itinerary: 60,
  checklist: 30,
  activity: 200,
  notes: 500,
  label: 120,
  briefings: 10,
  cost: 1_000_000,
} as const;

const blank = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A datetime-local value ("2026-03-29T10:00") read as Stockholm time. */
const stockholmInstant = z.string({ error: "validation.required" }).transform((value, context) => {
  const date = fromStockholmLocal(value);
  if (!date) context.addIssue({ code: "custom", message: "validation.dateTime" });
  return date ?? new Date(NaN);
});
const requiredTime = z.preprocess(blank, stockholmInstant);
const optionalTime = z.preprocess(blank, stockholmInstant.optional());

const httpUrl = z
  .string()
  .trim()
  .max(EVENT_LIMITS.url, "validation.tooLong")
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), "validation.url");

const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(blank, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).optional());

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export const eventSchema = z
  .object({
    networkSlug: slug,
    kind: z.enum(EVENT_KINDS, { error: "validation.eventKind" }),
    title: plainText(3, EVENT_LIMITS.title),
    description: z
      .string()
      .optional()
      .transform((value) => value?.replace(/\r\n?/g, "\n").trim() ?? "")
      .pipe(z.string().max(EVENT_LIMITS.description, "validation.tooLong")),
    startsAt: requiredTime,
    endsAt: requiredTime,
    place: optionalText(EVENT_LIMITS.place),
    onlineUrl: z.preprocess(blank, httpUrl.optional()),
    capacity: wholeNumber(1, EVENT_LIMITS.capacity, "validation.capacity"),
    rsvpDeadline: optionalTime,
    visibility: z.enum(["NETWORK", "PUBLIC"], { error: "validation.invalid" }),
  })
  .superRefine((event, context) => {
    if (event.endsAt.getTime() <= event.startsAt.getTime()) context.addIssue({ code: "custom", path: ["endsAt"], message: "validation.endBeforeStart" });
    if (event.rsvpDeadline && event.rsvpDeadline.getTime() > event.startsAt.getTime())
      context.addIssue({ code: "custom", path: ["rsvpDeadline"], message: "validation.deadlineAfterStart" });
    if (!event.place && !event.onlineUrl) context.addIssue({ code: "custom", path: ["place"], message: "validation.placeOrLink" });
  });

export type EventInput = z.output<typeof eventSchema>;

const itineraryRow = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
  time: z.preprocess(blank, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.time").optional()),
  activity: plainText(2, EVENT_LIMITS.activity),
  place: optionalText(EVENT_LIMITS.place),
  notes: optionalText(EVENT_LIMITS.notes),
});

const checklistRow = z.object({ label: plainText(2, EVENT_LIMITS.label), done: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()) });

/** A business trip's own fields; `itinerary` and `checklist` arrive as arrays of rows. */
export const tripSchema = z.object({
  country: countryCode,
  cities: z
    .preprocess((value) => (typeof value === "string" ? value.split(",") : list(value)), z.array(z.string().trim()))
    .transform((cities) => [...new Set(cities.filter(Boolean))])
    .pipe(z.array(plainText(2, EVENT_LIMITS.city)).max(EVENT_LIMITS.cities, "validation.tooMany")),
  costPerPerson: wholeNumber(0, EVENT_LIMITS.cost, "validation.cost"),
  targetSectors: z.preprocess(list, z.array(z.enum(SNI_SECTIONS, { error: "validation.chooseSector" }))).transform((sectors) => [...new Set(sectors)]),
  leaderIds: z.preprocess(list, z.array(id).max(EVENT_LIMITS.leaders, "validation.tooMany")).transform((ids) => [...new Set(ids)]),
  briefingIds: z.preprocess(list, z.array(id).max(EVENT_LIMITS.briefings, "validation.tooMany")).transform((ids) => [...new Set(ids)]),
  itinerary: z.preprocess(list, z.array(itineraryRow).max(EVENT_LIMITS.itinerary, "validation.tooMany")),
  checklist: z.preprocess(list, z.array(checklistRow).max(EVENT_LIMITS.checklist, "validation.tooMany")),
});

export type TripInput = z.output<typeof tripSchema>;

export const rsvpSchema = z.object({ eventId: id, status: z.enum(RSVP_CHOICES, { error: "validation.invalid" }) });
export const eventRefSchema = z.object({ eventId: id });
export const checklistToggleSchema = z.object({ eventId: id, itemId: id, done: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()) });

/** An ISO 8601 date or date-time; without an offset it is read as Stockholm time. Impossible dates are refused. */
const isoInstant = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && DateTime.fromISO(value, { zone: EVENT_TIME_ZONE }).isValid, "validation.dateTime")
  .transform((value) => DateTime.fromISO(value, { zone: EVENT_TIME_ZONE }).toJSDate());

/** GET /api/v1/events and the events pages. */
export const eventsQuerySchema = z
  .looseObject({ network: param(slug), from: param(isoInstant), to: param(isoInstant) })
  .superRefine(
    (value, context) => {
      for (const key of Object.keys(value)) if (!["network", "from", "to"].includes(key)) context.addIssue({ code: "custom", path: [key], message: "validation.unknownParameter" });
      if (value.from && value.to && value.to.getTime() < value.from.getTime()) context.addIssue({ code: "custom", path: ["to"], message: "validation.endBeforeStart" });
    },
    { when: () => true },
  )
  .transform(({ network, from, to }) => ({ network, from, to }));
