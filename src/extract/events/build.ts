import { partyOf } from "../officials/types.ts";
import type { Sentence } from "../types.ts";
import { addEarlierMeeting, anotherDay, followAnaphor, readAnaphor } from "./anaphor.ts";
import type { ArticleContext } from "./context.ts";
import { addContextEvent } from "./context-event.ts";
import { addDaysApart, dateByOccasion } from "./days-apart.ts";
import { attributeDiscussion, recalledInDiscussion } from "./discussion.ts";
import { type Draft, draftDate } from "./draft.ts";
import { addEnumerated, addPairMeetings } from "./enumerated.ts";
import { carryHostCountry, placeOnTour } from "./host-place.ts";
import { addMeal, addMealBeside, continuesOverMeal, dateMealsByOccasion, hostGuest } from "./meal.ts";
import { carryDatelinePlace, carryLeadDate, redatePerfectLead } from "./news-day.ts";
import { addPairedDays } from "./paired-days.ts";
import { addRecalledMeetings, foldRecalled } from "./recalled-meeting.ts";
import { carrySameDayPlace, carryTripPlace } from "./same-day-place.ts";
import { carrySceneDay } from "./scene.ts";
import { isNegated } from "./sentence-facts.ts";
import { addSinceVisits } from "./since-visit.ts";
import { addStateVisitHosts } from "./state-visit-host.ts";
import { carrySidelinesPlace, carrySummitPlace } from "./summit-place.ts";
import { dateByTakingOffice } from "./taking-office.ts";
import { joinTriggers } from "./trigger.ts";
import { foldAttendees, foldHeadline, foldTwins } from "./twins.ts";
import { foldVisits } from "./visit-fold.ts";
import { moveFocus, readSentence, startWalk } from "./walk.ts";

/**
 * Walks the sentences once. Each engagement trigger takes the officials nearest to it;
 * where they represent two countries (or one official visits a place) that is an event.
 * Later sentences about the same officials, or with an anaphor ("the meeting"), add to
 * it; sentences describing what was discussed add topics to the event in focus.
 */
export function buildEvents(ctx: ArticleContext): Draft[] {
  const walk = startWalk();
  for (const s of ctx.sentences) {
    if (isNegated(s.text)) continue;
    const line = readSentence(ctx, s);
    const prior = walk.focus;
    if (continuesOverMeal(s) && addMeal(ctx, walk, line)) continue;
    const touched = joinTriggers(ctx, walk, line);
    if (touched[0]) {
      addDaysApart(ctx, walk, s, touched[0]);
      addPairedDays(ctx, walk, s, touched[0]);
      addMealBeside(ctx, walk, line, touched[0]);
      hostGuest(ctx, walk, s, touched[0]);
    }
    if (!touched.length) {
      if (addMeal(ctx, walk, line)) continue;
      if (line.anaphor) {
        const anaphor = readAnaphor(ctx, walk, s, line.anaphor);
        if (addEarlierMeeting(ctx, walk, s, anaphor)) continue;
        const target = anotherDay(ctx, walk, s, anaphor) ?? followAnaphor(ctx, walk, s, anaphor);
        if (target) touched.push(target);
      }
    }
    addEnumerated(ctx, walk.drafts, s, touched, prior);
    addPairMeetings(ctx, walk.drafts, s);
    debug(s, touched);
    if (touched.length) {
      recalledInDiscussion(ctx, walk, line, touched);
      moveFocus(walk, touched, s);
      addRecalledMeetings(ctx, walk, s);
      continue;
    }
    addRecalledMeetings(ctx, walk, s);
    // A dated statement after the meeting ("Anwar said officials had been tasked to follow
    // through on trade … under the partnership set up in 2021") is its own context event
    // and, where a participant says it, also what the meeting discussed.
    attributeDiscussion(ctx, walk, s, addContextEvent(ctx, walk, line));
  }
  dateByJourney(walk.drafts);
  dateByTakingOffice(ctx, walk.drafts);
  carrySceneDay(ctx, walk.drafts);
  // An event counted from a named occasion ("Two days before the summit") waits for it.
  carryLeadDate(
    ctx,
    walk.drafts.filter((d) => !d.apartFrom),
  );
  dateByOccasion(walk.drafts);
  dateMealsByOccasion(walk.drafts);
  addSinceVisits(ctx, walk.drafts);
  const drafts = foldRecalled(walk.drafts);
  // A place the text gives that day comes before the dateline's, which then places the
  // rest of the story (and what happened the same day as what it placed).
  redatePerfectLead(ctx, drafts);
  carrySameDayPlace(drafts);
  carryTripPlace(ctx, drafts);
  carryDatelinePlace(ctx, drafts);
  carrySummitPlace(ctx, drafts);
  carrySidelinesPlace(ctx, drafts);
  carrySameDayPlace(drafts);
  placeOnTour(ctx, drafts);
  carryHostCountry(ctx, drafts);
  const folded = foldVisits(ctx, drafts);
  addStateVisitHosts(ctx, folded);
  return foldHeadline(foldAttendees(foldTwins(folded), (id) => partyOf(ctx.officials.officials.get(id))));
}

/** An engagement nothing else dated takes the day of the journey it was the purpose of. */
function dateByJourney(drafts: Draft[]) {
  for (const d of drafts) {
    if (d.date || !d.journeyDay) continue;
    const m = d.journeyDay;
    d.date = draftDate(m);
    d.evidence.push({ field: "date", value: null, quote: m.text, start: m.start, end: m.end });
  }
}

function debug(s: Sentence, touched: Draft[]) {
  if (!process.env.SUMMITRY_DEBUG_EVENTS) return;
  console.error(
    s.index,
    touched.map((d) => `${d.participants.join("+")}:${d.status}`).join(" | "),
    "<-",
    s.text.slice(0, 90),
  );
}
