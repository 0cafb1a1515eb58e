// The course of a war, told as history: "Fighting broke out on April 15, 2023 between the army and the
// RSF", "Israel launched an offensive on Lebanon in October 2023, which escalated into a full-scale war",
// "the low-level conflict grew into a full-scale war in September 2024". The war itself starting,
// flaring up again or growing into a wider war is a frame, not an incident (ANNOTATION.md: "specific
// earlier incidents" are events, a war's outbreak is not one); told of a recent day ("heavy fighting
// broke out again on Tuesday along the border") it is the news.
import { dayDiff } from '../../resolve/time/days.js';
import type { DateSpan } from '../../types.js';

// the war as the act: fighting, hostilities, a conflict or an offensive
const WAR_ACT = /^(fighting|hostilities|war|conflict|insurgency|offensive|clashes|violence|battles?|combat|uprising|rebellion|revolt)$/i;
// what a war does over its course, said right after it: "broke out (again) on", "erupted in", "escalated"
const COURSE_AFTER = /^[^.;:]{0,100}?\b(broke out|erupted|began|begun|started|flared( up)?|reignited|resumed|escalated|grew|spiral{1,2}ed|exploded)\b/i;
// the war's start said right before it: "Kinshasa and Kampala began a joint offensive against the ADF in November 2021"
const COURSE_BEFORE = /\b(began|begun|launched|started|opened)\s+(a|an|the|its|their)\s+([\w-]+\s+){0,2}$/i;
// "which escalated into a full-scale war", "the conflict grew into an all-out war": a war said to grow
const INTO_WAR = /\b(escalated|grew|spiral{1,2}ed|turned|developed|exploded|morphed|widened|descended) into (a |an )?([\w-]+ ){0,3}(war|conflict)\b/i;
// a day this long before publication is history, not the news
const HISTORY_DAYS = 30;

/** The clause tells how a war began or grew, on a day long before publication: history, not an incident. */
export function tellsWarCourse(clause: string, act: { text: string; index: number }, day: DateSpan | null, published: string): boolean {
  if (!day || dayDiff(published, day.latest) <= HISTORY_DAYS) return false;
  if (INTO_WAR.test(clause)) return true;
  return WAR_ACT.test(act.text) && (COURSE_AFTER.test(clause.slice(act.index + act.text.length)) || COURSE_BEFORE.test(clause.slice(0, act.index)));
}

// "many opponents of military rule took up arms": people taking up arms is a war beginning
const ARMS_TAKEN_UP = /\b(took|take|takes|taken|taking) up arms\b/i;

/**
 * j-took-up-arms: "After peaceful protests were violently crushed, many opponents of military rule took up arms":
 * a sentence that tells how people took up arms tells how a war began, and an act of it with no day of its own is
 * that war's origin told again, not an incident (an act the clause dates, "residents took up arms on Monday and
 * drove the gunmen off", is one).
 */
export const tellsArmsTakenUp = (sentence: string, clauseHasDay: boolean): boolean => !clauseHasDay && ARMS_TAKEN_UP.test(sentence);

/**
 * j-year-only: "the city was hit by bomb attacks on churches in 2019", "earlier uprisings in Sri Lanka
 * (2022)", "the 2021 national strike": an act the clause dates only by a year before publication is
 * history told at a year's grain; ACLED codes an incident to at least its month (ANNOTATION.md), so
 * with no day, week or month of its own in the clause it is no incident; so is one dated only "last year". A year in a relative clause
 * ("the junta, which seized power in 2021, shelled ...") dates that clause's words, not the act.
 */
export function datedOnlyByPastYear(clause: string, dates: Array<{ span: DateSpan; index: number; end: number }>, published: string, clauseStart: number): boolean {
  const publishedYear = Number(published.slice(0, 4));
  const years = [...clause.matchAll(PAST_YEAR)].filter((m) => Number(m[1]) < publishedYear && !inRelative(clause, m.index));
  if (!years.length && ![...clause.matchAll(LAST_YEAR)].some((m) => !inRelative(clause, m.index))) return false;
  // a day, a week or a month the clause states (not the year itself) dates the act finely enough
  return !dates.some((d) => dayDiff(d.span.latest, d.span.earliest) <= MONTH_DAYS && d.index >= clauseStart && d.index < clauseStart + clause.length);
}
// a year after "in", "during", "of", "the" or in brackets, not a day's year ("October 8, 2023", "8 May 2021"),
// a range ("2014-2016") or a count ("2019 people")
const PAST_YEAR = /(?<=\b(?:in|during|of|the|early|late|mid-)\s+|\()((?:19|20)\d\d)\b(?![-–/]\d)(?!\s+(?:people|persons|civilians|protesters|soldiers|troops|fighters|dead|killed|deaths)\b)/gi;
// "blamed the youths for killing a commissioner in Pibor last year": the year before publication, by name
// ("last year's" owns a noun: it dates no act of the clause)
const LAST_YEAR = /\b(?:last|the previous)\s+year\b(?!['’]s)/gi;
const MONTH_DAYS = 31;
const inRelative = (clause: string, at: number): boolean => /,\s*(?:which|who|whose|that)\b[^,]*$/i.test(clause.slice(0, at));
