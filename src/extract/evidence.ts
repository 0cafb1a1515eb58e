// Where, in each source sentence of an article's event, the words behind its fields are, and which
// rules made its mentions there. Found once, as the article is extracted, and stored with its report,
// so `sitrep show`, the API and the page read them rather than run the extractor again: actors as the
// dictionary finds them (so "CENTCOM" is marked for the US military), the act where each mention's
// trigger is, and the place, the casualty phrases and the speaker where their words occur.
import { withoutOverlaps } from '../model/evidence.js';
import type { Actor, ActorMatch, ArticleEvent, EvidenceField, EvidenceSpan, Mention, SourceEvidence } from '../types.js';

/** One entry per source of the event, in the order of its sources: the sentences of its mentions, each once. */
export function evidenceOf(e: ArticleEvent, actors: ReadonlyMap<number, ActorMatch[]>): SourceEvidence[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of e.mentions) bySentence.set(m.sentence.index, [...(bySentence.get(m.sentence.index) ?? []), m]);
  return [...bySentence.values()].map((mentions) => ({ spans: spansIn(mentions, e, actors.get(mentions[0]!.sentence.index) ?? []), rules: [...new Set(mentions.flatMap((m) => m.rules))] }));
}

/** The spans of one sentence, read by the mentions of the event in it. */
function spansIn(mentions: Mention[], e: ArticleEvent, actors: ActorMatch[]): EvidenceSpan[] {
  const sentence = mentions[0]!.sentence.text;
  const side1 = names([e.actor1, ...e.assoc_actors1]);
  const side2 = names([e.actor2, ...e.assoc_actors2]);
  const spans: EvidenceSpan[] = [];
  for (const m of actors) {
    const field = side1.has(m.actor.name) ? 'actor1' : side2.has(m.actor.name) ? 'actor2' : null;
    if (field) spans.push({ start: m.index, end: m.end, field });
  }
  // a casualty figure with no act of its own has no trigger
  for (const m of mentions) if (m.trigger) spans.push({ start: m.triggerIndex, end: m.triggerIndex + m.trigger.length, field: 'event' });
  // the source's attribution is its first mention's (model/to-export.ts)
  const phrases: Array<[EvidenceField, string | null]> = [['location', e.location.name], ['fatalities', e.fatalities.text], ['injured', e.injured.text], ['attribution', mentions[0]!.attribution]];
  for (const [field, phrase] of phrases) {
    const at = phrase && phrase.length > 1 ? sentence.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
    if (at >= 0) spans.push({ start: at, end: at + phrase!.length, field });
  }
  return withoutOverlaps(spans);
}

const names = (actors: Array<Actor | null>): Set<string> => new Set(actors.flatMap((a) => (a ? [a.name] : [])));
