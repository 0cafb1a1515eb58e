// One generated wire article: a lead reporting an incident, casualty, claim and doubt sentences, a
// second incident, and background paragraphs until the text reaches ~600 words. Every choice is drawn
// from the seeded random source, so the same seed and index give the same article.
import { addDays, parseDay } from '../resolve/time/days.js';
import type { Random } from './random.js';
import type { Theatre, Vocabulary } from './vocabulary.js';

export interface GeneratedArticle {
  id: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  text: string;
}

const FIRST_DAY = '2023-01-01';
const DAYS_SPANNED = 900;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// the order of parts after the lead; background paragraphs then fill the article up to its length
const EVENT_PARTS = ['casualty', 'attribution', 'claim', 'doubt', 'incident'];

export function generateArticle(rng: Random, vocab: Vocabulary, id: string): GeneratedArticle {
  const theatre = rng.pick(vocab.theatres);
  const published = addDays(FIRST_DAY, rng.int(0, DAYS_SPANNED));
  const slots = articleSlots(rng, vocab, theatre, published);
  const sentence = (kind: string): string => capitalise(fill(rng.pick(vocab.templates.get(kind)!), slots));
  const paragraphs = [sentence('lead') + (rng.chance(0.5) ? ` ${sentence('attribution')}` : '')];
  for (const kind of EVENT_PARTS) if (rng.chance(0.7)) paragraphs.push(sentence(kind));
  const background = shuffled(rng, vocab.templates.get('background')!);
  let words = wordCount(paragraphs.join(' '));
  const target = rng.int(570, 630);
  while (words < target && background.length) {
    const sentences: string[] = [];
    for (let n = rng.int(2, 4); n > 0 && words < target && background.length; n--) {
      sentences.push(capitalise(fill(background.pop()!, slots)));
      words += wordCount(sentences[sentences.length - 1]!);
    }
    paragraphs.splice(rng.int(2, paragraphs.length), 0, sentences.join(' '));
  }
  return { id, title: sentence('headline'), outlet: rng.pick(vocab.templates.get('outlet')!), url: `https://news.example/${id}`, published, text: paragraphs.join('\n\n') };
}

function articleSlots(rng: Random, vocab: Vocabulary, theatre: Theatre, published: string): Record<string, () => string> {
  const attacker = rng.pick(theatre.groups);
  const place = rng.pick(theatre.places);
  const target = fill(rng.pick(vocab.templates.get('target')!), { demonym: () => theatre.demonym });
  const weapon = rng.pick(vocab.weapons);
  // fixed per article: the incident's sides, place and weapon; drawn afresh at each use: the rest
  return {
    attacker: () => attacker,
    target: () => target,
    place: () => place,
    place2: () => rng.pick(theatre.places),
    weapon: () => weapon,
    when: () => whenPhrase(rng, published),
    when2: () => (rng.chance(0.4) ? 'earlier in the day' : whenPhrase(rng, published)),
    killed: () => count(rng, 1, 40),
    injured: () => count(rng, 1, 60),
    n: () => String(rng.int(2, 9)),
    speaker: () => rng.pick(vocab.templates.get('speaker')!),
    group: () => rng.pick(theatre.groups),
    country: () => theatre.country,
    demonym: () => theatre.demonym,
    month: () => rng.pick(MONTHS),
    year: () => String(rng.int(2012, Number(published.slice(0, 4)) - 1)),
  };
}

/** A date phrase relative to the publication day, as wire copy writes them. */
function whenPhrase(rng: Random, published: string): string {
  const back = rng.int(1, 6);
  const weekday = WEEKDAYS[parseDay(addDays(published, -back)).getUTCDay()]!;
  const day = parseDay(addDays(published, -rng.int(1, 12)));
  const phrases = [`on ${weekday}`, `on ${weekday} night`, `early on ${weekday}`, 'overnight', 'last week', 'earlier this week', 'yesterday',
    `on ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`];
  return rng.pick(phrases);
}

function count(rng: Random, min: number, max: number): string {
  const n = rng.int(min, max);
  return n <= SMALL_NUMBERS.length && rng.chance(0.5) ? SMALL_NUMBERS[n - 1]! : String(n);
}

function fill(template: string, slots: Record<string, () => string>): string {
  // "a Iraqi army convoy" → "an Iraqi ..." (not before U: "a UAV")
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name]?.() ?? whole).replace(/\b([Aa]) (?=[AEIOaeio])/g, '$1n ');
}

function shuffled<T>(rng: Random, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const wordCount = (s: string): number => s.split(/\s+/).length;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
