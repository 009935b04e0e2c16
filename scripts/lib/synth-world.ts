import { countries } from "countries-list";
import { MONTH_NAMES } from "../../src/extract/dates/calendar.ts";
import type { Rng } from "./synth-random.ts";

// Fixed vocabulary of the synthetic corpus: places, outlets, calendar and the filler
// prose. Every filler sentence holds "officials", "said" or "talks", and each body
// opens with one holding all three, so searching them matches nearly every document.

export interface Place {
  city: string;
  country: string;
}

// Where officials meet when neither hosts: the usual neutral and summit cities.
const NEUTRAL: Place[] = [
  ["Geneva", "CH"],
  ["Vienna", "AT"],
  ["Singapore", "SG"],
  ["Doha", "QA"],
  ["Helsinki", "FI"],
  ["Brussels", "BE"],
  ["New York", "US"],
  ["Jakarta", "ID"],
  ["Istanbul", "TR"],
  ["Riyadh", "SA"],
  ["Abu Dhabi", "AE"],
  ["Munich", "DE"],
  ["Davos", "CH"],
  ["Bangkok", "TH"],
  ["Osaka", "JP"],
].map(([city, country]) => ({ city: city as string, country: country as string }));

// countries-list spells some capitals unlike a news wire would.
const RENAMED: Record<string, string> = { "Washington D.C.": "Washington" };

/** The capital of a country, or a neutral venue when the list has none. */
export function capitalOf(country: string, rng: Rng): Place {
  const capital = (countries as Record<string, { capital: string } | undefined>)[country]?.capital;
  if (!capital) return rng.pick(NEUTRAL);
  return { city: RENAMED[capital] ?? capital, country };
}

export const neutralPlace = (rng: Rng) => rng.pick(NEUTRAL);

export const PUBLISHERS = [
  "Synthetic Wire",
  "The Daily Summit",
  "Global Affairs Review",
  "Capital Dispatch",
  "Meridian News Service",
  "The Envoy",
];

const OPENINGS = [
  "Senior officials said the talks were part of a broader diplomatic push.",
  "Officials familiar with the talks said both sides wanted to keep channels open.",
  "Government officials said on background that the talks had been weeks in the making.",
  "Officials said the talks reflected a crowded diplomatic calendar.",
];

const FILLER = [
  "Officials declined to say whether further meetings were planned.",
  "Analysts said the talks were unlikely to resolve long-standing differences.",
  "A spokesperson said the discussions had been candid and constructive.",
  "Officials on both sides said working-level talks would continue.",
  "Diplomats said the agenda had been agreed in advance by officials.",
  "Observers said the tone of the talks was notably cordial.",
  "One senior official said there was no expectation of a breakthrough.",
  "Officials said a joint readout would not be issued.",
];

export const opening = (rng: Rng) => rng.pick(OPENINGS);
/** A filler sentence other than `not`, so a paragraph never says the same thing twice. */
export function filler(rng: Rng, not?: string | null): string {
  let f = rng.pick(FILLER);
  while (f === not) f = rng.pick(FILLER);
  return f;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: dates as integers make "within N days" arithmetic trivial. */
export const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** How an article prints a partial date: "16 June 2021", "June 2021", "2021". */
export function printDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  return month ? `${month} ${y}` : (y as string);
}

export function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "x";
}

/** "A", "A and B", "A, B and C". */
export function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
