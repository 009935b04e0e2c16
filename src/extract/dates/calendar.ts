// Calendar arithmetic on ISO day strings, done in UTC so the host's time zone never shifts a day.

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

const toUtc = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(toUtc(day) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf(day: string): number {
  return new Date(toUtc(day)).getUTCDay();
}

/** Monday of the (ISO, Monday-first) week containing the day. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function addMonths(month: string, n: number): string {
  const i = monthIndex(month) + n;
  return isoMonth(Math.floor(i / 12), (i % 12) + 1);
}

export function monthsBetween(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a);
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** Noon UTC, so chrono's reference day is the same whatever zone it reasons in. */
export const noon = (day: string) => new Date(`${day}T12:00:00Z`);
