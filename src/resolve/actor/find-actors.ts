// Finds the actors a piece of text names, by longest match against the actor dictionary.
import { findSpans, tokenize, type Token } from '../../read/tokens.js';
import type { Actor } from '../../types.js';
import { actorByKey, longestAliasWords } from './dictionary.js';

export interface ActorMatch {
  actor: Actor;
  index: number;
  end: number;
  text: string;
  origin: string;
}

export function findActors(text: string, tokens: Token[] = tokenize(text)): ActorMatch[] {
  return findSpans(text, tokens, longestAliasWords(), actorByKey, (surface) => surface.length > 4 || /[A-Z]/.test(surface))
    .map((s) => ({ actor: s.value.actor, index: s.start, end: s.end, text: s.text, origin: s.value.origin }));
}
