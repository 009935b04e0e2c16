// "flew to Kyiv on Feb. 8 to meet Zelensky": after a past verb of travel and a time of
// its own, in one clause, "to meet" tells the purpose of a journey made, not a plan.
// Both the date direction (tense.ts) and the status (events/cues.ts FUTURE) read it so.
// "headed to Geneva to meet Lavrov on Saturday" and "returned … and hopes to meet" are
// still plans: only these verbs, a time between, and no "and".
export const JOURNEY_MADE = String.raw`\b(?:flew|travell?ed|went|came)\s+to\s+(?:(?!\band\b)[^,;]){0,40}?\b(?:on|the\s+(?:next|following)|earlier|yesterday)\b(?:(?!\band\b)[^,;]){0,20}`;
