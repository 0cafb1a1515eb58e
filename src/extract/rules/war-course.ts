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
// "which escalated into a full-scale war", "the conflict grew into an all-out war": a war said to grow
const INTO_WAR = /\b(escalated|grew|spiral{1,2}ed|turned|developed|exploded|morphed|widened|descended) into (a |an )?([\w-]+ ){0,3}(war|conflict)\b/i;
// a day this long before publication is history, not the news
const HISTORY_DAYS = 30;

/** The clause tells how a war began or grew, on a day long before publication: history, not an incident. */
export function tellsWarCourse(clause: string, act: { text: string; index: number }, day: DateSpan | null, published: string): boolean {
  if (!day || dayDiff(published, day.latest) <= HISTORY_DAYS) return false;
  if (INTO_WAR.test(clause)) return true;
  return WAR_ACT.test(act.text) && COURSE_AFTER.test(clause.slice(act.index + act.text.length));
}
