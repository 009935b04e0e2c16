// Each predicted meeting of an article with what became of it against the oracle: the
// material npm run calibrate fits the confidence model on.

import fs from "node:fs";
import { extractWithSignals } from "../extract/extract.ts";
import type { Reference } from "../extract/reference.ts";
import { articleInput } from "../ingest/extract-article.ts";
import { articleFromFile } from "../ingest/ingest.ts";
import type { Reading } from "./fit.ts";
import type { ArticleCase } from "./fixtures.ts";
import {
  dateExact,
  explainedParticipants,
  hasExpectedPlace,
  matchMeetings,
  placeCorrect,
  predictedMeetings,
} from "./match.ts";

export function readingsOf(c: ArticleCase, ref: Reference): Reading[] {
  const article = articleFromFile(c.file, fs.readFileSync(c.path, "utf8"));
  const { extraction, signals } = extractWithSignals(articleInput(article), ref);
  const signalOf = new Map(extraction.events.map((e, i) => [e.id, signals[i]]));
  const predicted = predictedMeetings(extraction).filter((m) => m.participants.length > 0);
  const { pairs } = matchMeetings(predicted, c.expected);
  return predicted.flatMap((m): Reading[] => {
    const s = signalOf.get(m.id);
    if (!s) return [];
    const pair = pairs.find((p) => p.predicted === m);
    if (!pair)
      return [{ signals: s, matched: false, date: null, place: null, participants: null, topics: null }];
    const e = pair.expected;
    return [
      {
        signals: s,
        matched: true,
        date: e.date === null || m.date.start === null ? null : dateExact(m.date, e),
        place: hasExpectedPlace(e) && m.place.country ? placeCorrect(m, e) : null,
        participants: explainedParticipants(m, e) === m.participants.length,
        topics:
          e.topics && m.topics.length
            ? { right: m.topics.filter((t) => e.topics?.includes(t)).length, total: m.topics.length }
            : null,
      },
    ];
  });
}
