import { describe, expect, it } from 'vitest';
import { forTerminal } from './terminal.js';

describe('forTerminal', () => {
  it('drops C0 controls, DEL and C1 controls, so article text cannot drive the terminal', () => {
    expect(forTerminal('a\u001b[2J\u001b]0;title\u0007b\rc\u0000d\u007fe\u009b31mf\u0085g')).toBe('a[2J]0;titlebcde31mfg');
  });

  it('keeps line feeds, tabs and every printable character', () => {
    const text = 'line one\n\tline two: Mosul, “quoted”, é, \u00a0, \ufffd, 😀';
    expect(forTerminal(text)).toBe(text);
  });
});
