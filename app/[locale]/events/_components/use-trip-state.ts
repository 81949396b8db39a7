"use client";
import { useRef, useState } from "react";
import { briefingOptionsAction } from "../editor-actions";
import type { BriefingOption, ChecklistValues, EventFormValues, ItineraryValues, LeaderOption } from "./form-values";

// The trip fieldset's state. It lives in the form (above the fields that remount after each
// submission), so that what the organiser chose survives a refused save.

export type Row<T> = T & { key: string };

/**
 * Rows with stable keys. Field errors come back keyed by the row's position when it was sent
 * (`itinerary.2.day`); `sentIndex` finds that position for a row even after rows were removed.
 */
export function useRows<T extends object>(initial: T[], generation: number) {
  const [rows, setRows] = useState<Row<T>[]>(() => initial.map((row, index) => ({ ...row, key: `row-${index}` })));
  const [nextKey, setNextKey] = useState(initial.length);
  const [sent, setSent] = useState({ generation, keys: [] as string[] });
  // A new action result: the rows on screen are the rows that were sent.
  if (sent.generation !== generation) setSent({ generation, keys: rows.map((row) => row.key) });
  return {
    rows,
    add: (row: T) => {
      setRows((current) => [...current, { ...row, key: `row-${nextKey}` }]);
      setNextKey(nextKey + 1);
    },
    update: (key: string, patch: Partial<T>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    remove: (key: string) => setRows((current) => current.filter((row) => row.key !== key)),
    sentIndex: (key: string) => sent.keys.indexOf(key),
  };
}

export type Rows<T extends object> = ReturnType<typeof useRows<T>>;

/** Options offered for the current country, plus every chosen one seen before (kept on screen while chosen). */
function useOptions<T extends { id: string }>(initial: T[], chosen: string[]) {
  const [catalog, setCatalog] = useState<Record<string, T>>(() => Object.fromEntries(initial.map((option) => [option.id, option])));
  const [offered, setOffered] = useState(() => initial.map((option) => option.id));
  const shown = [...offered, ...chosen.filter((id) => !offered.includes(id))].flatMap((id) => (catalog[id] ? [catalog[id]] : []));
  const offer = (options: T[]) => {
    setCatalog((current) => ({ ...current, ...Object.fromEntries(options.map((option) => [option.id, option])) }));
    setOffered(options.map((option) => option.id));
  };
  return { shown, offer };
}

const toggled = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((entry) => entry !== value));

export function useTripState(values: EventFormValues, initial: { leaders: LeaderOption[]; briefings: BriefingOption[] }, generation: number) {
  const [country, setCountry] = useState(values.country);
  const [cities, setCities] = useState(values.cities);
  const [cost, setCost] = useState(values.costPerPerson);
  const [sectors, setSectors] = useState(values.targetSectors);
  const [leaderIds, setLeaderIds] = useState(values.leaderIds);
  const [briefingIds, setBriefingIds] = useState(values.briefingIds);
  const [lookup, setLookup] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const leaders = useOptions(initial.leaders, leaderIds);
  const briefings = useOptions(initial.briefings, briefingIds);
  const itinerary = useRows<ItineraryValues>(values.itinerary, generation);
  const checklist = useRows<ChecklistValues>(values.checklist, generation);
  const latest = useRef(0);

  /** A new destination: ask for the members who know it and the articles about it. */
  async function changeCountry(next: string) {
    setCountry(next);
    const ticket = ++latest.current;
    if (!next) {
      leaders.offer([]);
      briefings.offer([]);
      setLookup("idle");
      return;
    }
    setLookup("loading");
    try {
      const [leaderList, briefingList] = await Promise.all([
        fetch(`/api/v1/networks/${encodeURIComponent(values.networkSlug)}/trip-leaders?country=${encodeURIComponent(next)}`, { headers: { accept: "application/json" } }).then(async (response) => {
          if (!response.ok) throw new Error(`trip-leaders answered ${response.status}`);
          return (await response.json()) as LeaderOption[];
        }),
        briefingOptionsAction(values.networkSlug, next),
      ]);
      if (ticket !== latest.current) return; // a later choice won
      leaders.offer(leaderList);
      briefings.offer(briefingList);
      setLookup("done");
    } catch {
      if (ticket === latest.current) setLookup("failed");
    }
  }

  return {
    country,
    changeCountry,
    lookup,
    cities,
    setCities,
    cost,
    setCost,
    sectors,
    toggleSector: (value: string, on: boolean) => setSectors((current) => toggled(current, value, on)),
    leaderIds,
    toggleLeader: (value: string, on: boolean) => setLeaderIds((current) => toggled(current, value, on)),
    leaderOptions: leaders.shown,
    briefingIds,
    toggleBriefing: (value: string, on: boolean) => setBriefingIds((current) => toggled(current, value, on)),
    briefingOptions: briefings.shown,
    itinerary,
    checklist,
  };
}

export type TripState = ReturnType<typeof useTripState>;
