import { describe, expect, it } from 'vitest';
import { normaliseDay } from './load.js';

describe('normaliseDay', () => {
  it('keeps the day as written, whatever the time zone', () => {
    expect(normaliseDay('2024-05-15')).toBe('2024-05-15');
    expect(normaliseDay('2024-05-15T01:30:00+03:00')).toBe('2024-05-15');
    expect(normaliseDay('Wed, 15 May 2024 01:30:00 +0300')).toBe('2024-05-15');
    expect(normaliseDay('Tue, 14 May 2024 23:30:00 -0500')).toBe('2024-05-14');
  });

  it('reads dates that name their month', () => {
    expect(normaliseDay('May 15, 2024')).toBe('2024-05-15');
    expect(normaliseDay('15th May 2024')).toBe('2024-05-15');
    expect(normaliseDay('Sept. 3, 2024')).toBe('2024-09-03');
  });

  it('refuses days that do not exist instead of rolling them into the next month', () => {
    for (const date of ['February 30, 2024', '31 April 2024', 'Fri, 30 Feb 2024 09:00:00 GMT', '2024-02-30', '2023-02-29', 'yesterday', '']) expect(normaliseDay(date), date).toBeNull();
    expect(normaliseDay('February 29, 2024')).toBe('2024-02-29');
  });
});
