import type { EventKind } from "../../schemas/extraction.ts";
import { JOURNEY_MADE } from "../dates/journey.ts";

// Not where the rest of the clause says it was done remotely ("in a virtual ceremony",
// "via video link"): the video-call trigger reads those.
const NOT_BY_VIDEO = String.raw`(?![^.;]*\b(?:via video|by video|video ?(?:link|conference|call)|videoconference|virtual|virtually|remotely|online)\b)`;

// Trigger words and phrases, general English of diplomatic reporting. Order matters:
// the first kind whose pattern matches a sentence wins (a "video call" is not a "call").
export const TRIGGERS: { kind: EventKind; re: RegExp }[] = [
  {
    kind: "video_call",
    // "had last spoken by video link in May": the medium makes it a video call.
    re: /\b(?:video ?call|video ?conference|videoconference|virtual (?:meeting|summit|talks)|held virtual|via video(?:link)?|(?:spoke|spoken|talked|met|conferred) (?:by|over|via) (?:a )?video(?: ?link)?)\b/i,
  },
  {
    kind: "in_person",
    // "They briefly spoke in Johannesburg", "the two leaders spoke on the sidelines": a
    // pair who spoke somewhere spoke face to face ("spoke at" a forum is a speech each;
    // "spoke in March" is a time, "in English" a language, not a place).
    re: /(?<=\b(?:[Tt]hey|[Tt]he two (?:leaders|presidents|prime ministers|ministers|men|women)|[Bb]oth leaders)\s+(?:had\s+)?(?:(?:briefly|also|last|first|again|informally|only)\s+){0,2})(?:spoke|spoken|chatted|talked)(?=\s+(?:(?:briefly|informally)\s+)?(?:in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|Arabic|Chinese|Mandarin|Russian|German|Japanese|Korean|Portuguese|Italian|Turkish|Hindi|Persian|Ukrainian|Public|Private)\b)\p{Lu}|on the (?:sidelines|margins)\b))/u,
  },
  {
    kind: "call",
    // "spoke on Tuesday", "spoke for an hour": two named leaders who "spoke" at a time did so by phone.
    // "held talks by telephone", "a conversation over the phone": the medium makes it a call.
    // An adverb of manner or time may stand before the medium ("spoke separately by
    // phone"), and a call may be described ("a joint call", "a three-way call"), though not
    // an appeal or a courtesy call ("a joint call for a pause", "a brief call on").
    re: /\b(?:(?:tele)?phone (?:call|conversation|talks?)|(?:spoke|spoken|talked|talks|conversation[”"’']?|discussions?|conferred|consulted)(?: (?:once|twice|again|briefly|only|late|early|separately|also|later|earlier|privately|directly))?,? (?:by|over the|on the) (?:tele)?phone|(?:spoken|talked) (?:over|on) the (?:tele)?phone|(?:tele)?phoned|telephoning|dial(?:l)?ed|dial(?:l)?ing|rang up|(?:a|the|their|upcoming|significant|first|second|latest|rare|hour-long|\w+-minute|phone) call\b|(?<!\b(?:issued|made|renewed|repeated|echoed|joined|led)\s+(?:a\s+|an\s+|the\s+|their\s+)?)(?:joint|three-way|four-way|trilateral|separate|brief|lengthy|congratulatory) call\b(?!(?:\s+on\s+\w+day)?\s+for\b)(?!\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|calls? with|speak(?:s|ing)? (?:also )?with|spok(?:e|en) (?:also |briefly |again |privately |informally )?with|spok(?:e|en) to|spoke (?:on(?! the (?:sidelines|margins))|for|late|early|again|twice)\b|(?<=\b(?:last|previously)\s+)spoke(?![^;]{0,80}\bvideo)(?=\s+(?:in|on|during|before|after)\s+(?:\d|the\s+(?:eve|day|phone)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)))/i,
  },
  {
    kind: "call",
    // "phones" is the verb, with whom it calls after it ("Biden phones Xi"), not the
    // devices ("handed over their personal phones"): case-sensitive, so a name follows.
    re: /\b(?:[Tt]ele)?phones(?=\s+(?:\p{Lu}|him\b|her\b|them\b))/u,
  },
  {
    kind: "call",
    // "He also called Polish Prime Minister Donald Tusk": a call to an official named
    // right after; not "called on", "called for", "so-called", nor a name with a
    // predicate ("called Trump a liar", 'called Xi "a good man"') or a possessive ("called Erdogan's visit …").
    re: /(?<![-\p{L}])[Cc]alled(?=\s+\p{Lu})(?!\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:a|an|the|his|her|its|their|as)\s)(?!\s+(?:\p{Lu}[\p{L}.-]*\s+){0,5}\p{Lu}[\p{L}.-]*[’']s\b)(?!\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}["“‘])/u,
  },
  {
    kind: "dinner",
    // Tea is a meal too ("an informal conversation over tea"); not "tea exports". "A
    // luncheon summit" is a summit held over lunch: one occasion, read by its noun.
    // "The two couples then lunched on cold noodles at Okryu-gwan": the meal of the pair
    // in focus, though it names no one.
    re: /\b(?:(?:dinner|banquet|working lunch|luncheon|state lunch)(?! (?:summit|talks)\b)|(?<=\bover (?:an? )?(?:working |private |informal |long )?)(?:lunch|breakfast)\b|(?:lunched|dined|breakfasted) (?:(?:privately|together|alone|informally|again) )?with|(?:lunched|dined|breakfasted)(?= (?:on|at|in|together|privately|informally)\b)|had (?:lunch|breakfast) with|breakfast (?:with|alongside)|(?:over|for|had|took) (?:an? )?(?:informal |afternoon |private )?tea|tea with|dine(?:d)? together|to dine with|(?:hosted|gave|offered|held) an? (?:[\w-]+ )?(?:lunch|breakfast))\b/i,
  },
  {
    kind: "dinner",
    // "is at the Hotel de Lassay … for lunch with her": a meal "for … with" someone named,
    // titled or meant by a pronoun (not "headed for lunch with members of the diaspora",
    // nor "held talks with Macron and then left for lunch with her": someone else).
    // Case-sensitive, so the capital that starts a name counts.
    re: /(?<=\b[Ff]or (?:an? )?(?:working |private |informal |official )?)(?:lunch|breakfast)(?= with\s+(?:\p{Lu}|(?<!\b(?:talks|met|held|meeting|hosted|received|visited)\b[^.;!?]*)(?:him|her)\b|the\s+(?:[\p{L}-]+\s+){0,2}(?:president|prime minister|premier|chancellor|king|emir|minister|speaker)\b))/u,
  },
  {
    kind: "talks",
    // Bare "talks" too ("wrapped up three hours of talks"), and consultations held (not
    // "agreed to hold", "keep up"): an engagement only where two countries' officials are
    // its nearest names (engages()).
    // "at a White House summit", "at a summit here Wednesday": a summit of the leaders the
    // sentence names (a summit of the reference, "at the G20 summit", is read as one
    // instead). "the June 12 summit in Singapore, where Trump and Kim signed …": a summit
    // of those the clause after names.
    // "the two leaders' first formal summit, held at the White House on Friday": a summit
    // the clause after places and dates. "sat down for the inaugural 2+2 dialogue": talks.
    re: /\b(?:held talks|hold talks|holding talks|talks with|(?:sat|sits|sitting) down (?:together )?for (?:the |a |an |their )?(?:[\w+-]+ ){0,3}(?:dialogue|meeting|discussions|session|negotiations)|talked(?=\s+(?:at|in|for|privately|alone|first|briefly|until|over|late|behind)\b)|summits? with|(?:hold|holds|holding|held) (?:a|an|the|their|its|his|her) (?:[\p{L}\d'’-]+ ){0,3}summit(?! of\b)|(?:have|has|had|held) (?:held |met (?:for )?)?(?:two|three|four|five|six|several|\d+) (?:[\p{L}-]+ )?summits\b|(?<=\b(?:at|in|during|for) (?:a|the|their) (?:[\p{L}\d-]+ ){0,3})summit(?= (?:in|at|on|marking|here|there|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|[,.;])|(?<=\b(?:the|a|their) (?:[\p{L}\d-]+ ){0,3})summit(?=(?: (?:in|at) [^,;.]{1,40})?, (?:where|at which|during which)\b)|(?<=\b(?:the|their|[\p{L}]+['’]s?) (?:[\p{L}\d-]+ ){0,3})summit(?=,?\s+(?:(?:which|that)\s+)?was\s+held\s+(?:at|in|on)\b|,?\s+held\s+(?:at|in|on)\b)|negotiations (?:in|with)|sessions with|(?:summit|formal|official|bilateral|high-level|delegation-level|restricted-format|in-depth|\w+-hour) talks|talks|(?<!\b(?:agreed|agree|agrees|decided|pledged|promised|called) to )(?:held|hold|holds|holding) (?:[\w-]+ ){0,2}consultations)\b/iu,
  },
  {
    kind: "in_person",
    // "spent Saturday playing golf", "played 18 holes at Trump National", "a round of golf
    // with Abe": leaders on a course together met there, as at a table.
    re: /\b(?:play(?:ed|ing|s)?\s+(?:(?:a\s+)?(?:round|game)\s+of\s+golf|golf|(?:\d+|nine|eighteen)\s+(?:more\s+)?holes)|golf(?:ed|ing)?\s+(?:together|with)|(?:round|game)s?\s+of\s+golf\s+with)\b/i,
  },
  {
    kind: "in_person",
    // "Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang": a
    // joint subject who signed an accord together were together to sign it. Not "and then
    // signed", nor "Song and his counterpart, No, signed" (an aside between them).
    // "The two leaders signed the Panmunjeom Declaration at the Peace House": a pair named
    // as a group, the same.
    re: new RegExp(
      String.raw`(?<=\band\s+(?:[^,.;:]{0,80}?\s)?\p{Lu}[^,.;:]{0,80}?\s|\b(?:[Tt]he two (?:leaders|presidents|prime ministers|premiers|ministers|men|women)|[Bb]oth leaders|[Tt]hey)\s+(?:(?:also|then|later|jointly|formally)\s+)?)signed\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,4}(?:[Tt]reaty|[Aa]greement|[Aa]ccord|[Dd]eclaration|[Jj]oint [Ss]tatement|[Pp]act|[Mm]emorandum)\b${NOT_BY_VIDEO}`,
      "u",
    ),
  },
  {
    kind: "in_person",
    // "the memorandum Erdogan and Putin signed in Sochi on Sept. 17, 2018": the accord
    // first, then the pair who signed it together, in a clause of its own.
    re: /(?<=\b(?:[Tt]reaty|[Aa]greement|[Aa]ccord|[Dd]eclaration|[Pp]act|[Mm]emorandum|[Dd]eal)\s+(?:(?:that|which)\s+)?(?:\p{Lu}[^,.;:]{0,60}?\sand\s+\p{Lu}[^,.;:]{0,60}?|(?:the two (?:leaders|presidents|prime ministers|ministers)|both leaders))\s+(?:(?:had|have|jointly)\s+)?)signed\b/u,
  },
  {
    kind: "in_person",
    // "when he and Erdogan opened the TurkStream gas pipeline", "Modi and Hasina jointly
    // inaugurated the rail link": a pair who opened a work together stood side by side
    // (unless by video link, which the video-call trigger reads).
    re: new RegExp(
      String.raw`(?<=\band\s+(?:[^,.;:]{0,60}?\s)?\p{Lu}[^,.;:]{0,60}?\s(?:(?:jointly|together|formally|later|then|also)\s+)?)(?<!\bseparately\s+)(?:opened|inaugurated|unveiled|launched)\s+(?:an?\s+|the\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,4}(?:pipeline|bridge|plant|railway|rail link|line|station|port|terminal|dam|factory|embassy|consulate|memorial|monument|museum|exhibition|stadium|hospital|university|campus|cent(?:re|er))\b${NOT_BY_VIDEO}`,
      "u",
    ),
  },
  {
    kind: "visit",
    // "visiting Brazilian President Lula" describes a guest; the engagement is elsewhere in the sentence.
    // "is due in Kyiv on Monday": expected in a city, which is a visit there.
    re: /\b(?:visit(?:s|ed)?|visiting(?!\s+(?:\p{Lu}|the\s+\p{Lu}))|trip to|trips?|travel(?:s|led|ed|ing)? to|tour(?:ed)? of|arriv(?:e|es|ed|ing) in|(?:is|are|was|were) due in(?=\s+\p{Lu})(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|Court|the)\b)|state visit)\b/iu,
  },
  {
    kind: "in_person",
    // "held a bilateral with", "a bilateral summit"; not "a bilateral relationship".
    re: /\b(?:met|meet(?:s|ing|ings)?|face-to-face|bilaterals with|trilateral (?:session|meeting|summit)s?|(?:sat|sits|sitting) down(?:\s+(?!with\b)[\w-]+){0,6}\s+with|(?:sat|sits|sitting) down together\b|encounter|bilateral(?!\s+(?:summit|talks|relations?|relationship|ties|trade|commerce|economic|diplomatic|defen[cs]e|security|cooperation|partnership|issues?|irritants|disputes?|concerns|interests|agreements?|treaty|investments?)\b)|summit between|held discussions|discussions? with|conversations?[”"’']? with|engaged? with|talked with|welcomed|toured|spent (?:[\w-]+ ){0,3}(?:hours?|days?|minutes|evening|afternoon|morning) (?:together )?with|spent (?:[\w-]+ ){0,3}(?:hours|days) together|(?<=\bfor )(?:about |roughly |nearly |almost |more than |over |some )?(?:an?|one|two|three|half an|\d+) (?:hours?|minutes)(?= (?:of talks )?with\b)|(?:began|started|opened|ended|closed) (?:the|his|her|their) (?:day|morning|afternoon|evening|visit|trip|tour)(?= with\s+(?:[\p{Lu}]|the\s+\p{Ll}+\s+(?:president|prime minister|premier|king|emir)\b)))\b/iu,
  },
  {
    kind: "in_person",
    // "On Wednesday, Xi is in Belgrade with Aleksandar Vucic": an official in a city with
    // another, named or titled, is with them there (not "in Moscow with his wife").
    // Not a month or a language: "was in November with Trump winning", "in English with".
    // "had been at the White House on Monday with President Biden": at a seat of office,
    // and on a day, too (not "has been in Washington with Biden several times": a tally).
    re: /(?<=\b(?:is|was|are|were|had\s+been)\s+(?:in|at\s+the)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|English|French|Spanish|Arabic|Chinese|Mandarin|Russian|German|Japanese|Korean|Portuguese|Italian|Turkish|Hindi|Persian|Ukrainian)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:,?\s+(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)?\s+)with(?=\s+(?:\p{Lu}|the\s+(?:[\p{L}-]+\s+)?(?:president|prime minister|premier|chancellor|king|emir)\b))/u,
  },
  {
    kind: "in_person",
    // "after an afternoon in Monaco with Prince Albert II", "a day in Kyiv with Zelensky":
    // time spent in a place with an official, named or titled, is time spent with them.
    re: /(?<=\b(?:an?|the|his|her|their)\s+(?:(?:whole|long|short|full)\s+)?(?:day|afternoon|morning|evening|night|weekend)\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)with(?=\s+(?:\p{Lu}|the\s+(?:[\p{L}-]+\s+)?(?:president|prime minister|premier|chancellor|king|emir|prince)\b))(?!\s+\p{Lu}[\p{L}.]*\s+(?:officials|troops|soldiers|diplomats|delegates|lawmakers|executives|students|people|leaders|ministers|business)\b)/u,
  },
  {
    kind: "in_person",
    // "hosted Putin", "hosted him", "hosted his counterpart", "hosted talks", "hosted by
    // Stoltenberg": a guest or an occasion; not "Russia had hosted the final in Moscow"
    // (case-sensitive, so the capital that starts a name counts).
    re: /\b[Hh]ost(?:ed|ing|s)?(?=\s+(?:by\s+)?(?:\p{Lu}|him\b|her\b|them\b|talks\b|(?:his|her|their|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:counterparts?|guests?|visitors?|leaders?|presidents?|premiers?|ministers?|delegations?|dinner|lunch|luncheon|banquet|meeting|talks|summit|reception)\b))/u,
  },
  {
    kind: "in_person",
    // "called on President Wickremesinghe", "paid a courtesy call on the emir": a visit to
    // pay respects; not "called on China to release…", which is a demand.
    // "called on the prime minister at his hotel": a title in lower case too; "called on
    // the new National Security Adviser, Mike Waltz"; "calling on him at Trump Tower" (a
    // pronoun only before "at" or "in" and a name: "calling on him in a speech … not to
    // forget Ukraine" is a demand).
    re: /\b(?:courtesy (?:call|visit|meeting)s?|(?:called|calls|calling) on(?=\s+(?:the\s+)?(?:(?:visiting|new|incoming|outgoing|newly[- ]appointed)\s+)?(?:\p{Lu}|(?:prime minister|president|premier|chancellor|king|emir|crown prince|foreign minister|secretary of state)\b(?![’']s))|\s+(?:him|her)\s+(?:at\b|in\s+\p{Lu}))(?![^.;,]{0,60}\b(?:to\s+(?!discuss|talk|review|exchange)|for\s+(?!talks\b|a\s+(?:meeting|courtesy)\b))\p{Ll}))/u,
  },
  {
    kind: "in_person",
    // "received Modi", "received the visiting president": a guest, not "received a letter"
    // (case-sensitive, so the capital that starts a name or title counts).
    // ("was received at the Great Hall by Zhao Leji", "had been received by Xi in May":
    // the guest, received.)
    // "received the prime minister at his home": a title written in lower case too, not
    // "received the president's letter".
    // "received the head of the Chinese legislature, Zhao Leji": an office of a country.
    re: /\b[Rr]eceiv(?:e|ed|es|ing)(?=\s+(?:the\s+)?(?:visiting\s+)?(?:\p{Lu}|(?:prime minister|president|premier|chancellor|king|emir|crown prince|foreign minister|secretary of state|envoy|delegation)\b(?![’']s)|(?:head|chief|chairman|chairwoman|speaker|leader)\s+of\s+the\s+\p{Lu}))|\b(?:was|were|(?:had|has|have) been|being) received\b/u,
  },
  {
    kind: "in_person",
    // "Belarusian President Lukashenko, whom Xi also received that afternoon, agreed …": the
    // official before "whom" is the object of the meeting verb after it.
    re: /(?<=,\s+whom\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:(?:also|later|then|had|has|first|last)\s+){0,2})(?:received|met|hosted|welcomed|visited)\b/u,
  },
  {
    kind: "in_person",
    // "was also due to see Bolsonaro later in the afternoon": a planned meeting with a
    // named official; not "to see progress" (lower case) or a past "saw" (any sight).
    re: /\b(?:(?:due|expected|scheduled|set|going|hoping|hopes) to (?:also )?see|will (?:also )?see)(?=\s+(?:the\s+)?\p{Lu})/u,
  },
  {
    kind: "in_person",
    // "Scholz, who saw Xi in Beijing in April": a past "saw" with a name and then where or
    // when; not "saw China as a rival" or "saw Putin as a partner".
    // "saw Hafez al-Assad, the father of …, in Geneva": a name in apposition.
    // "He also saw the foreign minister, Kang Kyung-wha.": a title, then the name ("the
    // outgoing Secretary of State, Antony Blinken", "the Emir of Qatar, Sheikh Tamim").
    // Both only before a place, a time or the clause's end: "saw the Secretary of State,
    // Antony Blinken, on television" and "saw Putin, the host, shake hands" are sights.
    // "had seen Chinese foreign policy chief Wang Yi in Munich", "saw Khurelsukh
    // separately": a title in lower case inside the name, a manner after it. Not a view
    // ("saw Xi's trip to Moscow in March as a warning"): no possessive, no "as a".
    re: /\b(?:saw|had seen)(?![^.;]{0,80}\bas\s+(?:an?|the)\b)(?!\s+\p{Lu}[\p{L}.-]*[’']s\b)(?=\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:in|at|on|during|last|earlier|twice|again|separately|briefly|privately)\b|(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:(?:al|el|bin|ibn)-)?\p{Lu}[\p{L}.’'-]*,\s+(?:the|a|an)\s+\p{Ll}[^,;.]*,\s*(?:(?:in|at)\s+(?:the\s+)?\p{Lu}|on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?:sidelines|margins)\b|\d)|during\b|last\s+(?:week|month|year)\b|earlier\b|twice\b|again\b|separately\b|briefly\b|privately\b|and\s+\p{Lu}|for\s+(?:an?\s+hour|about|more\s+than|nearly|almost|\d|one|two|three|half|several)\b|[.;])|\p{Lu}[\p{L}.’'-]*\s+(?:(?!as\b)\p{Ll}[\p{L}-]*\s+){1,3}(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:in|at|on|during|last|earlier|twice|again|separately|briefly|privately)\b|the\s+(?:[\p{Ll}-]+\s+){0,2}(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Ee]nvoy|[Ll]eader|[Ee]mir|[Kk]ing|[Pp]rime [Mm]inister|[Cc]rown [Pp]rince)(?:\s+(?:of|for)(?:\s+(?:the\s+)?\p{Lu}[\p{L}-]*){1,3})?,\s+(?:(?:\p{Lu}[\p{L}.’'-]*|bin|bint|ibn|al|el|de|da|van|von)\s+){0,6}\p{Lu}[\p{L}.’'-]*,?\s*(?:(?:in|at)\s+(?:the\s+)?\p{Lu}|on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?:sidelines|margins)\b|\d)|during\b|last\s+(?:week|month|year)\b|earlier\b|twice\b|again\b|separately\b|briefly\b|privately\b|and\s+\p{Lu}|for\s+(?:an?\s+hour|about|more\s+than|nearly|almost|\d|one|two|three|half|several)\b|[.;])))/u,
  },
  {
    kind: "in_person",
    // A roundup's day told as a schedule: "Trump's schedule began at 8:30 a.m. with host
    // Prime Minister Abe", "Putin's day opened with Vietnamese President Vo Van Thuong and
    // continued with Thai Prime Minister Srettha". (The look back for "began with" comes
    // after "continued" so that it runs only where that word is, not at every position.)
    re: /\b(?:(?:day|schedule|programme|program|morning|afternoon|evening)\s+(?:began|opened|started|kicked off)(?:\s+[^,.;]{0,30}?)?\s+with|(?:continued|ended|closed|finished)(?<=\b(?:began|opened|started)\s+with\b[^.;]*?(?:continued|ended|closed|finished))\s+with)(?=\s+(?:the\s+)?(?:host\s+)?\p{Lu})/u,
  },
  {
    kind: "in_person",
    // "went to the Blue House to brief President Moon", "briefed Prime Minister Abe on the
    // talks": a report in person to an official; not "briefed reporters".
    re: /\bbrief(?:ed|ing|s)?(?=\s+(?:the\s+)?(?:visiting\s+)?\p{Lu})/u,
  },
];

// Context events: only taken when a date is written in the same sentence.
export const CONTEXT_TRIGGERS: { kind: EventKind; re: RegExp }[] = [
  {
    kind: "incident",
    re: /\b(?:shot down|downed|spy balloon|collided|collision|seized|detained|attack(?:ed)?|incident)\b/i,
  },
  { kind: "announcement", re: /\b(?:announced|announcement|declared)\b/i },
  {
    kind: "statement",
    re: /\b(?:said|stated|accused|accusing|congratulated|pledged|condemned|confirmed|warned|published an editorial|editorial)\b/i,
  },
];

export const CANCELLED =
  /\b(?:cancel(?:l?ed|s|ling)?|called off|call off|postponed|scrapped|put off|shelved|(?:was|were|been) dropped)\b/i;
// "The Kremlin denied reports that Putin would meet Trump": a plan the sentence denies.
export const NEGATED =
  /\b(?:no plans?|not (?:expected|scheduled|planned|going|likely) to|(?:will|would|did|does|do) not (?:meet|visit|hold|speak|travel)|won't|didn't|ruled out|refused to meet|hypothetical|if (?:they|he|she|the two)[^.]{0,40}\b(?:were|was) to|would meet only if|impossible|declin(?:ed|es) to meet|would have (?:preferred|liked|wanted|hoped) to (?:meet|visit|hold|travel)|(?<!\b(?:not|never|n['’]t)\s+)(?:denied|denies|deny|dismissed|dismisses|rejected|rejects)\s+(?:(?:media\s+|press\s+)?(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\s+)?that\s+[^;,]{0,80}?\b(?:would|will|was going to|were going to|planned to|plans to|was to|is to)\s+(?:meet|visit|hold|travel|host|speak))\b/i;
export const FUTURE = new RegExp(
  String.raw`\b(?:will|would (?:meet|visit|hold|travel|speak|attend)|(?<!\bwent on |\b(?:first|last|only)\s[^.,;]{0,60}|${JOURNEY_MADE})(?:to meet|to speak|to visit|to travel|to hold)|set to|expected to|are expected|is expected|scheduled|plans? to|upcoming|anticipated|is to|are to|poised to|(?:is|are|was|were) (?:also |still |now )?due to|(?:was|were) (?:due )?to (?:be|meet|visit|hold|host|travel|speak|attend|dine)|(?:could|might|may) (?:also )?(?:meet|visit|hold|travel|sit down|speak)|next (?:week|month)|next comes?|expected\s+(?:by|in|on|before|within|around|later|next)|in the coming|pav(?:e|es|ed|ing) the way for|(?:lay|lays|laid|laying) the groundwork for|later this|preparing for|ahead of|(?:expects?|expected|hopes?|hoped|wants?|wanted)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:follow|come|take place|happen))\b`,
  "i",
);
// Scheduled, not merely expected: the text says so, or gives the day (checked by the caller).
export const FIRM = /\b(?:scheduled|will take place on|is slated)\b/i;
// "earlier this month", "last week" date what is over, whatever the verb's tense.
export const PAST =
  /\b(?:met|held|spoke|visited|talked|took place|occurred|last met|had (?:already |previously |also |just |earlier )?(?:met|held|talks|a|an|their|his|her|spoken|talked|phoned|called|dined|visited|hosted|received|seen|discussed)|discussed|engaged|lasted|hosted|received|was|were|did|began|paid|made|flew|drove|rode|went|came|left|sat|led|took|spent|earlier (?:this|that) (?:week|month|year)|(?:last|past) (?:week|month))\b/i;

// A sentence that refers back to an event already in the article, and which kinds
// of event each noun can mean.
export const ANAPHORA =
  /\b(?:\w+day[’']s\s+(?:\([^)]{1,20}\)\s+)?(?:phone\s+|telephone\s+|video\s+)?|(?:the|this|that|their) (?:upcoming |planned |anticipated |coming |next |final |bilateral |trilateral |three-way |multilateral )?(?:(?:closed-door|\w+-hour|\w+-minute|private|one-on-one|face-to-face|in-person|long-awaited|high-stakes|surprise|unannounced|marathon|lengthy|brief|informal|restricted|expanded|delegation-level|landmark|two-day|three-day) )?|their first |their (?:last|previous|most recent|earlier|prior) (?:[\w-]+ )?|upcoming |planned |anticipated |bilateral )(meeting|talks|summit|call|visit|trip|encounter|discussions?|dialogue|conversation|face-to-face)\b/i;
// "Tuesday's call", "Wednesday's meeting": an anaphor that names its event's day.
export const OF_DAY = /^\w+day['’]s\b/i;
export const ANAPHORA_KINDS: Record<string, EventKind[]> = {
  meeting: ["in_person", "talks", "visit", "dinner", "video_call"],
  summit: ["in_person", "talks", "video_call"],
  encounter: ["in_person", "talks"],
  "face-to-face": ["in_person", "talks"],
  talks: ["talks", "in_person", "call", "video_call"],
  discussion: ["in_person", "talks", "call", "video_call"],
  discussions: ["in_person", "talks", "call", "video_call"],
  dialogue: ["in_person", "talks", "call", "video_call"],
  conversation: ["call", "video_call", "in_person", "talks"],
  call: ["call", "video_call"],
  visit: ["visit", "in_person", "talks"],
  trip: ["visit", "in_person", "talks"],
};

// A summit is the setting of an event only when the text says so. "At" or "on the
// sidelines of" a summit is an occasion there even without a verb; "ahead of" or "on the
// eve of" it only lends the summit and its city to an event a trigger reports ("leaders
// seal pacts ahead of the summit" met before it, not at it).
export const SUMMIT_AT = /(?:sidelines of|margins of|during|at)\s+(?:the\s+)?(?:upcoming\s+)?$/i;
export const SUMMIT_SETTING =
  /(?:sidelines of|margins of|during|at|on the eve of|ahead of)\s+(?:the\s+)?(?:upcoming\s+)?$/i;
// "their previous discussions", "last met": a sentence about an earlier event.
export const EARLIER = /\b(?:previous|last|earlier|prior|former)\b/i;

// A sentence that says what was (to be) discussed.
export const DISCUSSION =
  /\b(?:discuss(?:ed|es|ing|ion|ions)?|cover(?:ed|s)?|agenda|brought up|talked about|spoke about|went over|touched (?:up)?on|came up|(?:traded|exchanged) views|exchanged|on the (?:table|list)|ranged (?:from|over)|centred on|centered on|dominated|listed|cited|propos(?:ed|es|al|als)|suggested|highlighted|called on|outlined|rais(?:e|ed|es|ing)|concerns?|issues?|topics?|address(?:ed)?|focus(?:ed|ing)?|engage|urg(?:e|ed|ing)|voice|touch on|underlined|exchanges?|conversation|encompass|talks|dialogue|seek|request|emphasi[sz]e[sd]?|criticiz\w*|pushed back|pressed|expressed|warned|agreed|stressed|underscored|reaffirmed|reviewed|welcomed|called for|told|briefed|sought|signed|pledged|committed)\b/i;

// "The results were modest: agreements on defence cooperation", "A joint statement
// records …", "Four memorandums were signed": what a meeting produced, said after it.
// Case-sensitive: "the Paris Agreement on climate" is a treaty named, not an outcome
// ("Agreements on …" opening a sentence is one); a
// statement or declaration alone may be anyone's ("the coast guard issued a statement").
export const OUTCOME =
  /\b(?:[Oo]utcomes?|(?:[Aa]greements|agreement)\s+(?:on|to|for|covering)|[Mm]emorand(?:um|ums|a)|[Aa]ccords?\s+on|[Dd]eals?\s+on|[Jj]oint\s+(?:statement|declaration))\b/;

// "X said", "told reporters", "according to X": the speaker is not a participant.
export const SPEAKER_AFTER =
  /^[’']?s?\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|stated|noted|added|stressed|emphasized|confirmed|announced)\b/;
export const SPEAKER_BEFORE = /\baccording to\s*$/;
// "Meloni said after two hours of talks with Kishida …", "Lula told reporters at his
// meeting with Ramaphosa …": the occasion named right after the reporting verb is the
// speaker's own, so the speaker takes part in it.
// "Ramaphosa announced the initiative on 16 May, after separate calls with Putin and
// Zelensky": what was announced, then the occasion it came after.
export const SPEAKER_AT_OWN_OCCASION =
  /^[’']?s?\s*(?:,[^,]{0,60},\s*)?(?:(?:said|says|told (?:reporters|journalists)|stated|noted|added|stressed)\s+(?:on \w+\s+)?|announced\s+(?:the|an?|his|her|their)\s+[^,.;“"]{0,40}?,?\s+)(?:at|after|during|following)\s/;
// "Biden's administration", "Biden's term": a possessive that does not make Biden take part.
// "Biden's administration", and attributively "Trump envoy Witkoff", "the Putin aide": the
// name says whose the person or the policy is, not who took part.
export const POSSESSIVE_NOT_PARTICIPANT =
  /^(?:[’']s\s+(?:\w+\s+)?(?:administration|adviser|advisers|advisor|advisors|term|presidency|government|officials?|team|campaign|status|win|victory|return|approach|stance|policy|policies|election|aides?|spokes\w+|senior|envoys?|emissary|negotiators?|representatives?|sister|brother|wife|husband|daughter|son|widow)|\s+(?:special\s+|peace\s+|trade\s+)?(?:envoys?|emissary|aides?|administration|adviser|confidant|loyalists?|ally|allies))\b/;

// "A state dinner in honour of the Chinese leader": the official named is the guest of a
// host the sentence leaves unnamed.
export const GUEST = /\b(?:in (?:honou?r|celebration) of|(?:given|held|hosted|thrown) for|to welcome)\s+$/i;
export const isGuest = (text: string, mention: { start: number }) =>
  GUEST.test(text.slice(Math.max(0, mention.start - 30), mention.start));

// "visits", "trips": several journeys, each its own (see engagement.ts, places-near.ts).
export const PLURAL_TRIPS = /^(?:visits|trips)$/i;
// What may stand between a journey noun and the "by" naming who made it: " to Moscow ".
export const TO_DESTINATION = String.raw`\s+(?:to\s+[^,.;]{1,60}?\s+)?`;

// "a day after a lengthy call with Putin", "a day after holding talks with Demeke", "two
// days after he met Kishida": an engagement counted from, named with its official right
// after (groups: the count, after/before, the engagement's noun, a verb of meeting; a
// verb of speaking has neither). The pronoun is the sentence's subject, who took part.
export const DAYS_APART =
  /\b(a|one|two|three|four|five|six)\s+days?\s+(after|before)\s+(?:(?:he|she)\s+(?:had\s+)?)?(?:(?:(?:held|holding|had|having)\s+)?(?:(?:a|an|his|her|their|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(phone call|call|conversation|meeting|talks|discussions|summit|dinner)\s+with|(met|meeting)(?:\s+(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?(?=with\b))?(?:\s+with)?|(?:spoke|speaking|talked|talking)(?:\s+by\s+(?:tele)?phone)?\s+(?:with|to))\s+/giu;
