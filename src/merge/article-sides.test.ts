import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/test-article.js';

const sides = (text: string) => extractText(text, '2024-09-16').events.map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null]);

describe('an unnamed perpetrator', () => {
  it('violence no sentence attributes was done by an unidentified armed group (ACLED)', () =>
    expect(sides('A woman was murdered inside her home in Culiacan on Sunday.')).toEqual([['Unidentified armed group', 'Civilians (Mexico)']]));
  it('an attacker the article names for its other incidents comes first', () =>
    expect(sides('Russian drones hit Kharkiv on Sunday, wounding five people. Drones also struck Sumy on Sunday, damaging homes.').map((s) => s[0])).toEqual([
      'Military Forces of Russia', 'Military Forces of Russia',
    ]));
  it('in strikes and counter-strikes, the attacker of the incidents on the same country\'s ground', () =>
    expect(sides('Iranian missiles hit Bat Yam in Israel on Sunday, killing six. Israeli jets struck Tabriz in Iran on Sunday. ' +
      'Four people were killed when a missile hit a building in Tamra in Israel on Sunday.').map((s) => s[0])).toEqual([
      'Military Forces of Iran', 'Military Forces of Israel', 'Military Forces of Iran',
    ]));
  it('a crowd is named as a crowd, not as an armed group', () =>
    expect(sides('Thousands of protesters marched in Nairobi on Sunday against the finance bill.')[0]![0]).toBe('Protesters (Kenya)'));
});
