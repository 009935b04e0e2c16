// Meetings as the report names them: principals, date and kind, short enough for one line.

import type { ExpectedMeeting, PredictedMeeting } from "./match.ts";
import { displayFamilyName } from "./names.ts";

const family = (m: PredictedMeeting) =>
  m.participants.map((p) => displayFamilyName(p.name, p.country)).join("+") || "(nobody)";

export const labelExpected = (e: ExpectedMeeting) =>
  `${e.principals.join("+") || e.countries.join("+") || e.key} ${e.date ?? "(no date)"} ${e.kind ?? ""}`.trim();

export const labelPredicted = (m: PredictedMeeting) =>
  `${family(m)} ${m.date.start ?? "(no date)"} ${m.kind}`;
