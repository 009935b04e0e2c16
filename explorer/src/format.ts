import type { EventDate, Place } from "./types.ts";

const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** "United States" for "US"; the code itself when the browser does not know it. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "";
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatPlace(place: Place): string {
  const parts = [place.venue, place.city, countryName(place.country)].filter(Boolean);
  return parts.length ? parts.join(", ") : "place unknown";
}

export function formatDate(date: EventDate): string {
  if (!date.start) return "undated";
  return date.end ? `${date.start} – ${date.end}` : date.start;
}

export const kindLabel = (kind: string) => kind.replace("_", " ");

/** A confidence in [0, 1] as a percentage, the form the event page shows. */
export const percent = (x: number | null | undefined) => (x == null ? "–" : `${Math.round(x * 100)}%`);
