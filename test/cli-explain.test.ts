// `sitrep explain`: the decision on every candidate of an article, read in memory, stored nowhere.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitrep, tmp } from './helpers.js';

const dir = tmp();
const article = join(dir, 'article.json');
writeFileSync(article, JSON.stringify({
  id: 'x-1', title: 'Strike on Kharkiv', published: '2024-05-14',
  text: 'A Russian missile strike hit a market in Kharkiv on Monday, killing four people, regional officials said.\n\nRussia has threatened to launch more strikes on the city.',
}));

describe('sitrep explain', () => {
  it('prints each event with the rules behind it, and each act judged not an incident with its rule and reason', () => {
    const run = sitrep(['explain', article]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/article x-1 \(published 2024-05-14\): 1 event\(s\), 0 tally\(ies\), 2 candidate\(s\) judged not incidents/);
    expect(run.stdout).toMatch(/where: {2}Kharkiv, Ukraine/);
    expect(run.stdout).toMatch(/read: .*where "Kharkiv".*; rules .*a-/);
    // the role rules that chose the actors, each with its reason
    expect(run.stdout).toMatch(/role rules:\n {2}r-act-in-name: .*a force whose name holds the act did it\n {2}r-civilians: civilians killed/);
    expect(run.stdout).toMatch(/not incidents:\n {2}- "launch": n-threat, threats and warnings are not events\n {4}in "Russia has threatened/);
  });

  it('--json gives the same decisions to programs, and nothing is written beside the article', () => {
    const run = sitrep(['explain', article, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const [x] = JSON.parse(run.stdout) as Array<{ article_id: string; events: Array<{ event: { location: { name: string } }; rules: string[][] }>; not_incidents: Array<{ rule: string; reason: string; sentence: string }> }>;
    expect(x!.article_id).toBe('x-1');
    expect(x!.events.map((e) => e.event.location.name)).toEqual(['Kharkiv']);
    expect(x!.events[0]!.rules[0]!.length).toBeGreaterThan(0);
    expect(Object.keys((x as unknown as { role_rules: Record<string, string> }).role_rules)).toEqual(['r-act-in-name', 'r-civilians']);
    expect(x!.not_incidents.map((r) => [r.rule, r.sentence])).toEqual([['n-threat', 'Russia has threatened to launch more strikes on the city.'], ['n-threat', 'Russia has threatened to launch more strikes on the city.']]);
    expect(x!.not_incidents[0]!.reason).toMatch(/threats/);
    expect(readdirSync(dir)).toEqual(['article.json']);
  });

  it('reads text without a date of its own with --published, as ingest does; a bad date is one line', () => {
    const text = join(dir, 'note.txt');
    writeFileSync(text, 'Gunmen killed three farmers near Jos, Nigeria, on Monday, police said.\n');
    const undated = sitrep(['explain', text]);
    expect(undated.status).not.toBe(0);
    expect(undated.stderr).toMatch(/note\.txt: no publication date: .*pass --published YYYY-MM-DD/);
    const run = sitrep(['explain', text, '--published', '2024-05-15']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\(published 2024-05-15\): 1 event\(s\)/);
    expect(run.stdout).toMatch(/2024-05-13/);
    const bad = sitrep(['explain', text, '--published', 'May 15']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--published/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file it cannot read is one line naming it, and no article at all is an error', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const run = sitrep(['explain', bad]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/bad\.json/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
