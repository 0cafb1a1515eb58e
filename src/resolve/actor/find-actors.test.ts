import { describe, expect, it } from 'vitest';
import { findActors } from './find-actors.js';

const names = (text: string) => findActors(text).map((a) => a.actor.name);

describe('findActors', () => {
  it('finds a short alias written as a name', () => {
    expect(names('IS claimed the attack on Sunday.')).toContain('Islamic State');
  });
  it('does not take lower-case words that normalise to a short alias ("is the" → IS)', () => {
    expect(names('This is the first time protesters have got into the assembly.')).not.toContain('Islamic State');
    expect(names('This is the first time protesters have got into the assembly.')).toContain('Protesters');
  });
});
