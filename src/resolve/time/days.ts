// Day arithmetic on YYYY-MM-DD strings in UTC: the only calendar sitrep needs.
// the calendar's words, as regex alternatives: "since April, when", "on Tuesday the army said"
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const toDay = (d: Date): string => d.toISOString().slice(0, 10);
export const parseDay = (day: string): Date => new Date(`${day}T12:00:00Z`);
export const addDays = (day: string, n: number): string => toDay(new Date(parseDay(day).getTime() + n * 86400000));
/** The same day of the month `n` months later (earlier when negative), or that month's last day when it is shorter. */
export const addMonths = (day: string, n: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0, 12)).getUTCDate();
  return toDay(new Date(Date.UTC(y, m - 1 + n, Math.min(d, last), 12)));
};
export const dayDiff = (a: string, b: string): number => Math.round((parseDay(a).getTime() - parseDay(b).getTime()) / 86400000);
/** Monday of the ISO week holding `day` */
export const weekStart = (day: string): string => addDays(day, -((parseDay(day).getUTCDay() + 6) % 7));
export const monthSpan = (year: number, month: number): [string, string] => {
  const first = new Date(Date.UTC(year, month, 1, 12));
  const last = new Date(Date.UTC(year, month + 1, 0, 12));
  return [toDay(first), toDay(last)];
};
export const midDay = (a: string, b: string): string => addDays(a, Math.floor(dayDiff(b, a) / 2));
