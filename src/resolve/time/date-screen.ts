// A cheap test of whether chrono-node can find anything in a text, so that the sentences that name no
// date (most of an article) skip it: chrono runs its 18 parsers' expressions over every text it is given,
// and was the largest single part of extraction.
//
// Each test below is a necessary condition of one group of parsers of chrono's casual English
// configuration (chrono-node 2.10, `casual.parsers`), read from their patterns and the checks their
// results pass: a text that passes none of them gets no result from chrono.parse (its refiners only
// filter, merge and extend the parsers' results). The patterns are case-insensitive and start with
// `(\W|^)`, which before a letter is `\b`. Where a pattern allows words glued together ("onmonday",
// "thismorning"), so does the test. date-screen.test.ts checks the parser list is the one read here.

// chrono's numbers before a time unit
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
const UNIT = String.raw`(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)`;
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirt|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent)`;
const MONTH = String.raw`(?:september|february|november|december|january|october|august|march|april|sept|june|july|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)`;
const WEEKDAY = String.raw`(?:wednesday|thursday|saturday|tuesday|sunday|monday|thurs|friday|thur|thu|sun|mon|tue|wed|fri|sat|weekend|weekday)`;

const MAY_NAME_A_DATE: RegExp[] = [
  // numbers alone are no date: a figure ("killed 12 people", "12.5 percent") is matched by the clock-time
  // parser, then dropped by chrono's filter of results that are only digits and a dot. What a digit
  // needs beside it to be a date or a time:
  // "2024-03-01", "3/4/2024", "3/2024", "27.03.2025": digits joined by a slash or dash, or by two dots
  // (one dot is a decimal figure to the filter: "12.5")
  /\d[-/]\d|\d\.\d{1,2}\.\d/,
  // "2024 03 01": year, month and day apart
  /\d{4}\s\d{1,2}\s\d/,
  // "10:30", "at 21", "from 5", "5 pm", "4am", "7.10pm", "5 o'clock", "5 to 6", "5 - 6"
  /\d\s*[:：]|(?:at|from)\s*\d|\d\s*[ap](?:\.?m)?\b|\do\W*clock|\d\s*o\W*clock|\d\s*(?:[-–~〜?]|to|until|through|till)\s*\d/i,
  // month names: "in March", "March 3", "3rd of March", "March first"
  new RegExp(String.raw`(?:\b|in|of|st|nd|rd|th)${MONTH}(?:\b|${ORDINAL_WORD})`, 'i'),
  // weekdays: "on Monday", "last Friday", "Sunday of next week"
  new RegExp(String.raw`(?:\b|on|this|last|past|next)${WEEKDAY}(?:\b|of|this|last|past|next)`, 'i'),
  // casual dates and times: "yesterday", "now", "this morning", "midnight"
  /\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)\b/i,
  /(?:\b|this)(?:morning|afternoon|evening|night|midnight|midday|noon)\b/i,
  // "end of the month"
  /\bof\s+(?:the\s+)?month\b/i,
  // "last week", "next year"
  new RegExp(String.raw`(?:this|last|past|next)\s*${UNIT}\b`, 'i'),
  // "within two days", "in a few hours", "next three weeks", "+2 days": a unit after a number, then the
  // end of the phrase or the next number of a list ("two days and three hours")
  new RegExp(
    String.raw`(?:within|in|for|this|last|past|next|after|\+|-)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?` +
      String.raw`${NUMBER}\s{0,3}${UNIT}(?:\b|and|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?\b|few|several|the|a?\s{0,2}couple)`,
    'i',
  ),
  // "three days ago", "a week later", "two hours earlier"
  new RegExp(String.raw`${NUMBER}\s{0,3}${UNIT}\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)\b`, 'i'),
];

/** False only when chrono-node's English parsers cannot match anything in the text. */
export const mayNameDate = (text: string): boolean => MAY_NAME_A_DATE.some((re) => re.test(text));
