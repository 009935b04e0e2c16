// Which predicted meetings count against precision. The seeds' gold lists only US-China
// meetings, so anything else predicted there is out of its scope, not wrong.

import type { CaseSet } from "./fixtures.ts";
import type { PredictedMeeting } from "./match.ts";

const ANY_PARTICIPANT = "every predicted meeting with at least one participant";

/** Each set's scope in words, for the report. */
export const SCOPES: Record<CaseSet, string> = {
  seeds: "predicted meetings with both a US and a CN participant (the gold's rule)",
  corpus: ANY_PARTICIPANT,
  "news-dev": ANY_PARTICIPANT,
  "news-test": ANY_PARTICIPANT,
};

const isUsCn = (m: PredictedMeeting) =>
  m.participants.some((p) => p.country === "US") && m.participants.some((p) => p.country === "CN");
const hasParticipant = (m: PredictedMeeting) => m.participants.length > 0;

/** The test for a predicted meeting of this set being in scope. */
export const inScopeOf = (set: CaseSet) => (set === "seeds" ? isUsCn : hasParticipant);
